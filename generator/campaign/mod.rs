//! Loading and validating a campaign: `campaign.yaml` as written ([`yaml`])
//! and as checked ([`settings`]), content pages, Fluent strings, the project
//! around the campaign (templates, themes, shared locales), to-dos, essential
//! pages, and the site model ([`site`]) that every renderer reads.

pub mod colours;
pub mod content;
pub mod empty_values;
pub mod essential;
pub mod fluent_literals;
pub mod folder_advice;
pub mod i18n;
pub mod ids;
pub mod load;
pub mod locale_code;
pub mod phone;
pub mod print_assets;
pub mod print_settings;
pub mod project;
pub mod services;
pub mod settings;
pub mod site;
pub mod todos;
pub mod unconfirmed;
pub mod yaml;
