//! Validated campaign settings: `campaign.yaml` checked value by value and turned
//! into plain data the rest of the pipeline can trust.

use std::path::{Path, PathBuf};

use crate::campaign::colours::Colours;
use crate::campaign::yaml::{at_value, CampaignConfig, Located, DEFAULT_EXIT_URL};
use crate::diagnostics::{did_you_mean, Diagnostics, SourceText};
use crate::untrusted::files::resolve_inside;

/// A partner, validated.
#[derive(Debug, Clone)]
pub struct PartnerSettings {
    /// Identifier (Fluent role key `partner-<id>-role`).
    pub id: String,
    /// Name as written by the organisation.
    pub name: String,
    /// Website URL.
    pub website: Option<String>,
    /// Logo, inside the campaign folder.
    pub logo: Option<ConfigFile>,
    /// Whether it runs the campaign (`owner: true`): the posters' partner
    /// row names it first, under "Promoted by", and the others under
    /// "Partners" (a toolkit's grouping; alphabetical, the Region stood in
    /// the middle of the row: review 17 Polish).
    pub owner: bool,
}

/// A file that campaign.yaml names: its path relative to the campaign folder,
/// and the reference as written, so later checks can point at it.
#[derive(Debug, Clone)]
pub struct ConfigFile {
    /// Path relative to the campaign folder.
    pub path: PathBuf,
    /// The value in campaign.yaml.
    pub written: Located,
}

impl std::ops::Deref for ConfigFile {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.path
    }
}

/// The illustrations every theme draws (templates/partials/art.html), for the
/// home page's hero (`hero`) and journey cards.
pub(crate) const ART_NAMES: &[&str] = &[
    "hero", "watched", "steps", "together", "browse", "help", "learn",
];

/// A helpline, validated.
#[derive(Debug, Clone)]
pub struct HelplineSettings {
    /// Identifier (Fluent keys `helpline-<id>-name` and `-audience`).
    pub id: String,
    /// Number as displayed.
    pub number: String,
    /// Number as dialled in a `tel:` link.
    pub dial: String,
    /// Free of charge.
    pub free: bool,
    /// Open around the clock.
    pub always_open: bool,
    /// Anonymous.
    pub anonymous: bool,
    /// Answers in several languages.
    pub multilingual: bool,
    /// The emergency number.
    pub emergency: bool,
    /// Where the line answers, which decides whether a fork keeps it.
    pub scope: Scope,
}

/// The reach of a fact: what a fork into another region keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// True in this region only: a fork turns it into a to-do.
    Region,
    /// True in the whole country: kept by a fork in the same country.
    Country,
    /// True in the whole European Union: always kept.
    Eu,
}

impl Scope {
    /// The values `scope:` accepts.
    pub const NAMES: &'static [&'static str] = &["region", "country", "eu"];

    /// The scope written as `name`, if known.
    pub fn parse(name: &str) -> Option<Self> {
        match name.trim().to_ascii_lowercase().as_str() {
            "region" => Some(Scope::Region),
            "country" => Some(Scope::Country),
            "eu" => Some(Scope::Eu),
            _ => None,
        }
    }
}

/// Everything `campaign.yaml` says, checked.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Campaign identifier.
    pub id: String,
    /// Region name.
    pub region: String,
    /// ISO country code, upper case.
    pub country: Option<String>,
    /// Default locale.
    pub default_locale: String,
    /// All locales, default first.
    pub locales: Vec<String>,
    /// Base URL, ending with `/`.
    pub base_url: String,
    /// Path part of the base URL, starting and ending with `/`.
    pub base_path: String,
    /// Theme name.
    pub theme: String,
    /// Palette (defaults filled in).
    pub colours: Colours,
    /// Campaign logo, inside the campaign folder.
    pub logo: Option<ConfigFile>,
    /// Partners.
    pub partners: Vec<PartnerSettings>,
    /// Helplines.
    pub helplines: Vec<HelplineSettings>,
    /// Local services with a co-branded set of print assets.
    pub services: Vec<crate::campaign::services::ServiceSettings>,
    /// Show the EU emblem and funding statement.
    pub eu_funded: bool,
    /// Main menu page keys, with their place in `campaign.yaml`.
    pub navigation: Vec<Located>,
    /// Footer menu page keys.
    pub footer_navigation: Vec<Located>,
    /// Cards of the home page (pages checked by the model, art names here).
    pub journeys: Vec<crate::campaign::yaml::Journey>,
    /// Quick-exit destination.
    pub exit_url: String,
    /// Neutral titles and favicon.
    pub discreet: bool,
    /// The source campaign's regional words, when forked.
    pub forked_from: Option<crate::campaign::yaml::ForkedFrom>,
    /// Print assets to make and their CMYK palette.
    pub print: crate::campaign::print_settings::PrintSettings,
    /// `essential_pages` as written (checked against the pages by
    /// `crate::campaign::essential`); `None` means the default list.
    pub essential_pages: Option<Vec<Located>>,
    /// Locales built with interface strings only, said so in campaign.yaml.
    pub interface_only: Vec<Located>,
    /// Settings marked as not confirmed yet (`crate::campaign::unconfirmed`).
    pub unconfirmed: Vec<Located>,
    /// The guidelines booklet's imprint (`crate::campaign::imprint`).
    pub imprint: crate::campaign::imprint::Imprint,
}

/// Checks `config` and returns settings; every problem is pushed to `diags`.
/// `known_locales` are the locales with interface strings (shared or campaign).
pub(crate) fn validate(
    config: CampaignConfig,
    source: &SourceText,
    campaign_dir: &Path,
    known_locales: &[String],
    theme_names: &[String],
    diags: &mut Diagnostics,
) -> Settings {
    diags.extend(crate::campaign::country::check(
        config.country.as_ref(),
        source,
    ));
    let v = Validator {
        country: config.country.as_ref().map(|c| c.value.clone()),
        source,
        campaign_dir,
        diags,
    };
    v.run(config, known_locales, theme_names)
}

struct Validator<'a> {
    source: &'a SourceText,
    country: Option<String>,
    campaign_dir: &'a Path,
    diags: &'a mut Diagnostics,
}

impl Validator<'_> {
    fn run(mut self, c: CampaignConfig, known_locales: &[String], themes: &[String]) -> Settings {
        self.check_id(&c.id);
        let locales = self.check_locales(&c, known_locales);
        let base_url = self.check_url(&c.base_url, true);
        let base_path = base_path_of(&base_url);
        let theme = self.check_theme(c.theme.as_ref(), themes);
        let colours = crate::campaign::colours::check_palette(&c.palette, self.source, self.diags);
        let logo = c.logo.as_ref().and_then(|l| self.check_file(l));
        let partners = self.check_partners(&c.partners);
        let helplines = self.check_helplines(&c.helplines);
        let services = self.check_services(&c.services, &locales, known_locales);
        let eu_funded = self.check_funding(c.funding.as_ref());
        let exit_url = match &c.exit {
            Some(e) => self.check_url(&e.url, false),
            None => DEFAULT_EXIT_URL.to_string(),
        };
        let print = crate::campaign::print_settings::validate(
            c.print.as_ref(),
            &colours,
            self.source,
            self.diags,
        );
        let imprint =
            crate::campaign::imprint::validate(c.imprint.as_ref(), self.source, self.diags);
        Settings {
            id: c.id.value,
            region: c.region.value,
            country: c.country.map(|c| c.value.to_ascii_uppercase()),
            default_locale: locales[0].clone(),
            locales,
            base_url,
            base_path,
            theme,
            colours,
            logo,
            partners,
            helplines,
            services,
            eu_funded,
            navigation: c.navigation,
            footer_navigation: c.footer_navigation,
            journeys: self.check_journeys(c.journeys),
            exit_url,
            discreet: c.discreet,
            forked_from: c.forked_from,
            print,
            essential_pages: c.essential_pages,
            interface_only: c.interface_only,
            unconfirmed: c.unconfirmed,
            imprint,
        }
    }

    /// The partners, their websites and logos checked, and their ids.
    fn check_partners(
        &mut self,
        partners: &[crate::campaign::yaml::Partner],
    ) -> Vec<PartnerSettings> {
        let checked = partners
            .iter()
            .map(|p| PartnerSettings {
                id: p.id.value.clone(),
                name: p.name.clone(),
                website: p.website.as_ref().map(|w| self.check_url(w, false)),
                logo: p.logo.as_ref().and_then(|l| self.check_file(l)),
                owner: p.owner,
            })
            .collect();
        let ids = partners.iter().map(|p| &p.id);
        crate::campaign::ids::check("partner", ids, self.source, self.diags);
        checked
    }

    /// The helplines, their numbers and scopes checked, and their ids.
    fn check_helplines(
        &mut self,
        helplines: &[crate::campaign::yaml::Helpline],
    ) -> Vec<HelplineSettings> {
        let checked = helplines.iter().map(|h| self.check_helpline(h)).collect();
        let ids = helplines.iter().map(|h| &h.id);
        crate::campaign::ids::check("helpline", ids, self.source, self.diags);
        checked
    }

    /// The local services, with their logos (see `crate::campaign::services`).
    fn check_services(
        &mut self,
        services: &[crate::campaign::yaml::Service],
        locales: &[String],
        known: &[String],
    ) -> Vec<crate::campaign::services::ServiceSettings> {
        let logos = services
            .iter()
            .map(|s| s.logo.as_ref().and_then(|l| self.check_file(l)))
            .collect();
        crate::campaign::services::validate(
            services,
            logos,
            locales,
            known,
            self.country.as_deref(),
            self.source,
            self.diags,
        )
    }

    /// True for an EU-funded campaign (`funding: {emblem: eu}`); another
    /// emblem is reported.
    fn check_funding(&mut self, funding: Option<&crate::campaign::yaml::Funding>) -> bool {
        match funding {
            Some(f) if f.emblem.value == "eu" => true,
            Some(f) => {
                let msg = format!("unknown emblem `{}`", f.emblem.value);
                self.push(
                    at_value(self.source, &f.emblem, "config.emblem", msg)
                        .with_hint("the only emblem Faro knows is `eu`"),
                );
                false
            }
            None => false,
        }
    }

    /// The theme's name (`default` when none is given); an unknown one is
    /// reported, with the closest name or the list of themes.
    fn check_theme(&mut self, theme: Option<&Located>, themes: &[String]) -> String {
        let name = theme.map(|t| t.value.clone()).unwrap_or("default".into());
        if let Some(t) = theme {
            if !themes.iter().any(|n| n == &t.value) {
                let hint = did_you_mean(&t.value, themes.iter().map(String::as_str))
                    .map(|s| format!("did you mean `{s}`?"))
                    .unwrap_or_else(|| format!("available themes: {}", themes.join(", ")));
                let msg = format!("unknown theme `{}`", t.value);
                self.push(at_value(self.source, t, "config.theme", msg).with_hint(hint));
            }
        }
        name
    }

    /// Journeys with an illustration the theme has; an unknown name is reported
    /// and its card drawn without one.
    fn check_journeys(
        &mut self,
        journeys: Vec<crate::campaign::yaml::Journey>,
    ) -> Vec<crate::campaign::yaml::Journey> {
        let mut checked = journeys;
        for j in &mut checked {
            let Some(art) = &j.art else { continue };
            if ART_NAMES.contains(&art.value.as_str()) {
                continue;
            }
            let hint = did_you_mean(&art.value, ART_NAMES.iter().copied())
                .map(|s| format!("did you mean `{s}`?"))
                .unwrap_or_else(|| format!("the theme's illustrations: {}", ART_NAMES.join(", ")));
            let msg = format!("unknown illustration `{}`", art.value);
            self.push(at_value(self.source, art, "config.art", msg).with_hint(hint));
            j.art = None;
        }
        checked
    }

    fn push(&mut self, d: crate::diagnostics::Diagnostic) {
        self.diags.push(d);
    }

    fn check_id(&mut self, id: &Located) {
        let ok = !id.value.is_empty()
            && id
                .value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !ok {
            let msg = format!("invalid campaign id `{}`", id.value);
            let d = at_value(self.source, id, "config.id", msg)
                .with_hint("use lower-case letters, digits and hyphens, such as `veneto`");
            self.push(d);
        }
    }

    /// The locales, the default one first. A mistaken code (`IT`, `en-GB`,
    /// `at`) is reported with the code it meant, and that code stands in for
    /// it; a default locale that cannot be used is reported and the first
    /// usable locale stands in: the rest of the campaign is then checked
    /// without the errors that would follow only from the mistaken code.
    fn check_locales(&mut self, c: &CampaignConfig, known: &[String]) -> Vec<String> {
        use crate::campaign::locale_code::meant;
        // What each code means: itself when known, the locale it meant, or nothing.
        let resolve = |code: &str| {
            if known.iter().any(|k| k == code) {
                Some(code.to_string())
            } else {
                meant(code, known)
            }
        };
        let mut usable: Vec<String> = Vec::new();
        let mut stand_ins: Vec<String> = Vec::new();
        for l in &c.locales {
            let resolved = resolve(&l.value);
            let repeated = resolved.as_ref().is_some_and(|r| usable.contains(r));
            if repeated {
                let r = resolved.unwrap_or_default();
                let msg = if r == l.value {
                    format!("locale `{r}` is listed twice")
                } else {
                    format!("`{}` means `{r}`, which is already listed", l.value)
                };
                let d = at_value(self.source, l, "config.locale", msg)
                    .with_hint(format!("remove `{}` from the `locales` list", l.value));
                self.push(d);
                continue;
            }
            if resolved.as_deref() != Some(l.value.as_str()) {
                let msg = format!("unknown locale `{}`", l.value);
                let hint = crate::campaign::locale_code::advice(&l.value, known);
                self.push(at_value(self.source, l, "config.locale", msg).with_hint(hint));
                stand_ins.extend(resolved.clone());
            }
            usable.extend(resolved);
        }
        let default = self.check_default_locale(c, &usable, known);
        let mut locales: Vec<String> = default.into_iter().collect();
        // A mistaken code stands in for the locale it meant only where that
        // locale has pages: otherwise each of its pages and strings would be
        // reported missing, burying the one error that matters (`write fr`).
        let has_pages = |l: &str| self.campaign_dir.join("content").join(l).is_dir();
        for l in usable {
            if !locales.contains(&l) && (!stand_ins.contains(&l) || has_pages(&l)) {
                locales.push(l);
            }
        }
        if locales.is_empty() {
            // Nothing usable: keep the code as written, its error is reported.
            locales.push(c.default_locale.value.clone());
        }
        locales
    }

    /// Reports a `default_locale` that is not one of the usable `locales`,
    /// with the fix that works; returns the default locale to check with.
    fn check_default_locale(
        &mut self,
        c: &CampaignConfig,
        usable: &[String],
        known: &[String],
    ) -> Option<String> {
        let fault =
            crate::campaign::locale_code::default_fault(&c.default_locale.value, usable, known);
        match fault {
            None => Some(c.default_locale.value.clone()),
            Some(fault) => {
                let d = at_value(
                    self.source,
                    &c.default_locale,
                    "config.locale",
                    fault.message,
                )
                .with_hint(fault.hint);
                self.push(d);
                fault.stand_in
            }
        }
    }

    fn check_url(&mut self, url: &Located, site: bool) -> String {
        let v = url.value.trim();
        let valid = (v.starts_with("https://") || v.starts_with("http://"))
            && v.split("://").nth(1).is_some_and(|rest| {
                let host = rest.split('/').next().unwrap_or("");
                !host.is_empty() && !host.contains(char::is_whitespace)
            });
        if !valid {
            let msg = format!("`{v}` is not an absolute http(s) URL");
            let d = at_value(self.source, url, "config.url", msg)
                .with_hint("write it in full, such as https://example.org/");
            self.push(d);
        }
        let v = if site { self.without_query(url, v) } else { v };
        if site && !v.ends_with('/') {
            format!("{v}/")
        } else {
            v.to_string()
        }
    }

    /// The site's base URL without a query or fragment, which every page
    /// address would otherwise carry in its middle: refused once, here.
    fn without_query<'v>(&mut self, url: &Located, v: &'v str) -> &'v str {
        let Some(cut) = v.find(['?', '#']) else {
            return v;
        };
        let msg = format!(
            "the base URL `{v}` has a query or a fragment (`{}`)",
            &v[cut..]
        );
        let d = at_value(self.source, url, "config.base-url", msg).with_hint(format!(
            "write the address of the site's home only, such as `{}`",
            &v[..cut]
        ));
        self.push(d);
        &v[..cut]
    }

    fn check_file(&mut self, reference: &Located) -> Option<ConfigFile> {
        match resolve_inside(self.campaign_dir, Path::new(""), &reference.value) {
            Err(why) => {
                let d = at_value(self.source, reference, "config.path", why.message);
                self.push(d.with_hint(why.hint));
                None
            }
            Ok(rel) if !self.campaign_dir.join(&rel).is_file() => {
                let msg = format!(
                    "file `{}` not found in the campaign folder",
                    reference.value
                );
                let d = at_value(self.source, reference, "config.missing-file", msg).with_hint(
                    "paths are relative to the campaign folder, such as assets/logo.svg",
                );
                self.push(d);
                None
            }
            Ok(path) => Some(ConfigFile {
                path,
                written: reference.clone(),
            }),
        }
    }

    fn check_helpline(&mut self, h: &crate::campaign::yaml::Helpline) -> HelplineSettings {
        let number = h.number.value.trim().to_string();
        if let Some(why) = crate::campaign::phone::problem(&number, self.country.as_deref()) {
            let msg = format!("`{number}` is not a dialable phone number: {why}");
            let d = at_value(self.source, &h.number, "config.phone", msg)
                .with_hint("check the number with the service that runs the line");
            self.push(d);
        }
        let dial = crate::campaign::phone::dialled(&number);
        HelplineSettings {
            id: h.id.value.clone(),
            number,
            dial,
            free: h.free,
            always_open: h.always_open,
            anonymous: h.anonymous,
            multilingual: h.multilingual,
            emergency: h.emergency,
            scope: self.check_scope(h.scope.as_ref()),
        }
    }

    fn check_scope(&mut self, scope: Option<&Located>) -> Scope {
        let Some(written) = scope else {
            return Scope::Region;
        };
        Scope::parse(&written.value).unwrap_or_else(|| {
            let msg = format!("unknown scope `{}`", written.value);
            let hint = did_you_mean(&written.value, Scope::NAMES.iter().copied())
                .map(|s| format!("did you mean `{s}`?"))
                .unwrap_or_else(|| format!("use one of: {}", Scope::NAMES.join(", ")));
            self.push(at_value(self.source, written, "config.scope", msg).with_hint(hint));
            Scope::Region
        })
    }
}

fn base_path_of(base_url: &str) -> String {
    let after_scheme = base_url.split("://").nth(1).unwrap_or("");
    match after_scheme.find('/') {
        Some(i) => after_scheme[i..].to_string(),
        None => "/".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_path_keeps_the_subfolder() {
        assert_eq!(base_path_of("https://example.org/"), "/");
        assert_eq!(base_path_of("https://example.org/stop/"), "/stop/");
    }
}
