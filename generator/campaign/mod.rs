//! Loading and validating a campaign: `campaign.yaml` as written ([`yaml`])
//! and as checked ([`settings`]), content pages, Fluent strings, the project
//! around the campaign (templates, themes, shared locales), to-dos, essential
//! pages, and the site model ([`site`]) that every renderer reads.

pub(crate) mod blocks;
pub(crate) mod colours;
pub(crate) mod content;
pub(crate) mod country;
pub(crate) mod disclaimer;
pub(crate) mod empty_values;
pub(crate) mod essential;
pub(crate) mod fluent_errors;
pub(crate) mod fluent_literals;
pub(crate) mod folder_advice;
pub(crate) mod front_fast;
pub(crate) mod i18n;
pub(crate) mod ids;
pub(crate) mod imprint;
pub(crate) mod load;
pub(crate) mod locale_code;
pub(crate) mod phone;
pub(crate) mod print_assets;
pub(crate) mod print_settings;
pub(crate) mod project;
pub(crate) mod services;
pub(crate) mod settings;
pub(crate) mod site;
pub(crate) mod todos;
pub(crate) mod unconfirmed;
pub(crate) mod yaml;
pub(crate) mod yaml_syntax;
