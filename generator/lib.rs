//! Faro turns a campaign folder (YAML facts, Markdown pages per language, Fluent
//! strings, images) into a multilingual static microsite.
//!
//! The pipeline, in [`build::build`]: load → validate → model → render → write.
//! Each step lives in a module named after its domain; dependencies flow one way,
//! from the CLI down to these modules, never back.

pub mod build;
pub mod campaign_dirs;
pub mod check;
pub mod config;
pub mod confine;
pub mod content;
pub mod context;
pub mod contexts;
pub mod destination;
pub mod diagnostics;
pub mod empty_values;
pub mod essential;
pub mod faults;
pub mod fork;
pub mod fsutil;
pub mod fuzz;
pub mod headers;
pub mod i18n;
pub mod ids;
pub mod images;
pub mod kit;
pub mod language_parts;
pub mod links;
pub mod load;
pub mod locale_code;
pub mod markdown;
pub mod minify;
pub mod model;
pub mod nesting;
pub mod output;
pub mod phone;
pub mod print;
pub mod project;
pub mod render;
pub mod report;
pub mod serve;
pub mod settings;
pub mod sitemap;
pub mod statics;
pub mod stop;
pub mod svg;
pub mod templates;
pub mod todos;
pub mod translate;
pub mod translations;
pub mod urls;
