//! The web site: Markdown and Tera templates to minified HTML, the template
//! contexts, theme files, images, SVG checks, the sitemap, and the checks run
//! on rendered pages (internal links, faults in templates).

pub(crate) mod copy_text;
pub(crate) mod fallback_lang;
pub(crate) mod images;
pub(crate) mod links;
pub(crate) mod markdown;
pub(crate) mod minify;
pub(crate) mod page_markdown;
pub(crate) mod quick_minify;
pub(crate) mod render;
pub(crate) mod shared_contexts;
pub(crate) mod sitemap;
pub(crate) mod statics;
pub(crate) mod string_uses;
pub(crate) mod svg;
pub(crate) mod template_faults;
pub(crate) mod templates;
pub(crate) mod typography;
pub(crate) mod unconfirmed;
pub(crate) mod views;
