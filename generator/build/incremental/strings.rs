//! An edit of the strings (`.ftl` files): read again, and which files show
//! a string whose text changed (web/string_uses.rs), to re-render those only.

use std::collections::HashSet;
use std::sync::Arc;

use super::Session;
use crate::campaign::load::{load_strings, Campaign};
use crate::campaign::site::materials_slug;
use crate::diagnostics::Diagnostics;
use crate::web::markdown::helpline_links;
use crate::web::templates::format_call;

impl Session {
    /// Reads the campaign's strings again; returns the paths of the files
    /// that show a string whose text changed (`en/about/index.html`), or
    /// `None` when the edit changes more than the text the templates ask
    /// for: the page text's phone links (named with strings: every page
    /// with a number changes) or a Materials page's address (every page
    /// links to it), which a full build follows.
    pub(super) fn strings_again(&mut self, diags: &mut Diagnostics) -> Option<HashSet<String>> {
        let before = addresses(&self.campaign);
        let c = &self.campaign;
        let strings = load_strings(&c.dir, &c.project, &c.settings, diags);
        let old = std::mem::replace(&mut self.campaign.i18n, Arc::new(strings));
        if addresses(&self.campaign) != before {
            return None;
        }
        let uses = self.kept.string_uses.as_ref()?;
        let changed = uses.changed(&old, &self.campaign.i18n, format_call);
        Some(uses.files_making(&changed))
    }
}

/// What the strings give besides the templates' text: the phone links of
/// page text and the Materials page's path, in every language.
pub(super) fn addresses(campaign: &Campaign) -> Vec<String> {
    let locales = campaign.settings.locales.iter();
    locales
        .flat_map(|l| {
            let phones = format!("{:?}", helpline_links(campaign, l));
            [phones, materials_slug(campaign, l)]
        })
        .collect()
}
