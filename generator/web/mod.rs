//! The web site: Markdown and Tera templates to minified HTML, the template
//! contexts, theme files, images, SVG checks, the sitemap, and the checks run
//! on rendered pages (internal links, faults in templates).

pub mod fallback_lang;
pub mod images;
pub mod links;
pub mod markdown;
pub mod minify;
pub mod page_markdown;
pub mod render;
pub mod shared_contexts;
pub mod sitemap;
pub mod statics;
pub mod svg;
pub mod template_faults;
pub mod templates;
pub mod views;
