//! Tera templates with the lookup order campaign > theme > base, and the `t()`
//! function that reads Fluent strings in the page's language.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use tera::{Kwargs, State, StringInput, Tera, TeraResult, Value};

use crate::campaign::content::SourcePage;
use crate::campaign::i18n::{fluent_args, ArgValue, I18n};
use crate::campaign::project::{Layer, LayerFile};
use crate::campaign::site::Page;
use crate::diagnostics::{
    did_you_mean, position_of, Diagnostic, Diagnostics, Position, SourceText,
};
use crate::untrusted::files::decode_utf8;
use crate::web::string_uses::{self, StringUses};
use crate::web::views::{LocaleContext, PageContext, SiteContext};
use crate::web::{copy_text, fallback_lang, typography};

/// Web template file endings (print templates live beside them as `.typ`).
const WEB_TEMPLATE_ENDINGS: [&str; 3] = [".html", ".xml", ".txt"];

/// Loaded templates, with the file each name came from (for error messages).
pub(crate) struct Templates {
    /// The Tera engine.
    pub tera: Tera,
    origins: BTreeMap<String, SourceText>,
}

/// The partials that read no `page`, so are the same on every page of a
/// language: rendered once per language and given to every page as
/// `parts.<name>` (docs/templates.md, "Parts"), instead of once per page.
const PARTS: [(&str, &str); 2] = [
    ("exit", "partials/exit.html"),
    ("helplines", "partials/helplines.html"),
];

/// The partials that read no `page` but mark the page shown among their
/// links (`menu_current`): rendered once per language and value of
/// `menu_current` (each URL a menu links to, and none), given to each page
/// as `parts.<name>` too.
const MENU_PARTS: [(&str, &str); 2] = [
    ("nav", "partials/nav.html"),
    ("footer", "partials/footer.html"),
];

/// The templates of [`PARTS`] and [`MENU_PARTS`]: every page shows them
/// (`faro serve` re-renders every page when one changes).
pub(crate) fn part_templates() -> impl Iterator<Item = &'static str> {
    PARTS
        .iter()
        .chain(&MENU_PARTS)
        .map(|(_, template)| *template)
}

/// The parts of every page's context that many pages share (`site`, and
/// `locale` and `parts` for each language), converted to template values
/// once: a value's maps and lists are reference-counted, so each page takes
/// them for free.
pub(crate) struct SharedValues {
    site: Value,
    locales: HashMap<String, Value>,
    /// Per language: the parts its pages show.
    parts: HashMap<String, LanguageParts>,
}

/// The parts of one language's pages.
struct LanguageParts {
    /// Per value of `menu_current` (a URL a menu of the language links to,
    /// or empty): the `parts` of the pages with it, and the calls of `t()`
    /// they made, when recorded (a page shows them too).
    by_menu: HashMap<String, (Value, Vec<u32>)>,
}

impl SharedValues {
    /// Converts the campaign-wide context and each locale's, and renders each
    /// language's parts (recording their calls of `t()` in `uses`, if given).
    pub(crate) fn new(
        templates: &Templates,
        site: &SiteContext,
        locales: &BTreeMap<String, LocaleContext>,
        uses: Option<&Arc<StringUses>>,
    ) -> Self {
        let site = Value::from_serializable(site);
        let mut values = HashMap::new();
        let mut parts = HashMap::new();
        for (lang, context) in locales {
            let locale = Value::from_serializable(context);
            let language = templates.language_parts(lang, &site, &locale, context, uses);
            parts.insert(lang.clone(), language);
            values.insert(lang.clone(), locale);
        }
        SharedValues {
            site,
            locales: values,
            parts,
        }
    }

    /// `menu_current` of the page of `lang` at `url`: `url` when a menu of
    /// its language links to it, else empty.
    pub(crate) fn menu_current<'u>(&self, lang: &str, url: &'u str) -> &'u str {
        let linked = self
            .parts
            .get(lang)
            .is_some_and(|p| p.by_menu.contains_key(url));
        if linked {
            url
        } else {
            ""
        }
    }

    /// The `parts` of the pages of `lang` with this `menu_current`, and the
    /// calls of `t()` they made, when recorded.
    fn parts(&self, lang: &str, menu_current: &str) -> Option<&(Value, Vec<u32>)> {
        self.parts.get(lang)?.by_menu.get(menu_current)
    }

    /// The calls of `t()` the parts of a page of `lang` with this
    /// `menu_current` made, when recorded.
    pub(crate) fn part_calls(&self, lang: &str, menu_current: &str) -> &[u32] {
        self.parts(lang, menu_current)
            .map_or(&[], |(_, calls)| calls.as_slice())
    }
}

/// The URLs the menus of a language link to: the main and footer menus'
/// entries and the Materials page.
fn menu_urls(locale: &LocaleContext) -> Vec<&str> {
    let entries = locale.nav.iter().chain(&locale.footer_nav);
    let mut urls: Vec<&str> = entries.map(|item| item.url.as_str()).collect();
    urls.push(&locale.materials_url);
    urls.sort_unstable();
    urls.dedup();
    urls
}

/// The layers to read, lowest priority first.
pub(crate) fn layers(
    base: Layer,
    theme: Option<&Layer>,
    campaign_dir: &Path,
) -> Vec<(Layer, &'static str)> {
    let mut layers = vec![(base, "")];
    if let Some(theme) = theme {
        layers.push((theme.clone(), "templates"));
    }
    let campaign = Layer::in_campaign(campaign_dir.to_path_buf(), campaign_dir);
    layers.push((campaign, "templates"));
    layers
}

/// Every file of every layer by its name inside the layer's template folder;
/// a later layer's file replaces an earlier one's of the same name. Web and
/// print templates both look files up this way.
pub(crate) fn overlay(
    layers: &[(Layer, &str)],
    diags: &mut Diagnostics,
) -> BTreeMap<String, LayerFile> {
    let mut chosen = BTreeMap::new();
    for (layer, subdir) in layers {
        if !subdir.is_empty() && !layer.has_dir(subdir) {
            continue;
        }
        for file in layer.files(subdir, diags) {
            let name = file
                .name
                .strip_prefix(&format!("{subdir}/"))
                .unwrap_or(&file.name)
                .to_string();
            chosen.insert(name, file);
        }
    }
    chosen
}

impl Templates {
    /// Loads every web template of every layer; a later layer overrides an
    /// earlier one with the same name.
    pub(crate) fn load(
        layers: &[(Layer, &str)],
        strings: Arc<I18n>,
        diags: &mut Diagnostics,
    ) -> Option<Templates> {
        let mut chosen = overlay(layers, diags);
        chosen.retain(|name, _| WEB_TEMPLATE_ENDINGS.iter().any(|e| name.ends_with(e)));
        let mut origins = BTreeMap::new();
        let mut sources = Vec::new();
        for (name, file) in chosen {
            let bytes = file.bytes.into_owned();
            let text = match decode_utf8(bytes.clone(), &file.display, "template.not-utf8") {
                Ok(text) => text,
                Err(d) => {
                    // Reported; loaded all the same (bad bytes replaced), so the
                    // templates that include it do not fail as well.
                    diags.push(d);
                    String::from_utf8_lossy(&bytes).into_owned()
                }
            };
            origins.insert(
                name.clone(),
                SourceText {
                    path: file.display.clone(),
                    text: Arc::from(text.as_str()),
                },
            );
            sources.push((name, text));
        }
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html", ".xml"]);
        register_functions(&mut tera, strings);
        let templates = Templates { tera, origins };
        let mut templates = templates;
        if let Err(e) = templates.tera.add_raw_templates(sources) {
            diags.extend(templates.load_diagnostics(&e));
            return None;
        }
        Some(templates)
    }

    /// The text of every loaded template (for finding the message keys they use).
    pub(crate) fn texts(&self) -> Vec<String> {
        self.origins.values().map(|s| s.text.to_string()).collect()
    }

    /// The first template whose source has `text` written as it is, and where
    /// (byte offset): to point at a URL a template writes.
    pub(crate) fn find_text(&self, text: &str) -> Option<(&SourceText, usize)> {
        self.origins
            .values()
            .find_map(|src| Some((src, src.text.find(text)?)))
    }

    /// Where a template first writes the message key `key` as a string
    /// (`"key"` or `'key'`): the template's source and the key's byte offset.
    pub(crate) fn key_use(&self, key: &str) -> Option<(&SourceText, usize)> {
        let quoted = [format!("\"{key}\""), format!("'{key}'")];
        self.origins.values().find_map(|src| {
            let at = quoted.iter().find_map(|q| src.text.find(q.as_str()))?;
            Some((src, at + 1))
        })
    }

    /// The source of the template with this name.
    pub(crate) fn origin(&self, name: &str) -> Option<&SourceText> {
        self.origins.get(name)
    }

    /// The names of every template, sorted.
    pub(crate) fn names(&self) -> impl Iterator<Item = &str> {
        self.origins.keys().map(String::as_str)
    }

    /// The template a page is rendered with: the one its front matter names,
    /// else `home.html` for a home page when there is one, else `page.html`.
    pub(crate) fn for_page(&self, page: &Page, source: &SourcePage) -> String {
        match &source.front.template {
            Some(t) => t.value.clone(),
            None if page.key == "index" && self.has("home.html") => "home.html".into(),
            None => "page.html".into(),
        }
    }

    /// True when a template with this name exists.
    pub(crate) fn has(&self, name: &str) -> bool {
        self.tera.contains_template(name)
    }

    /// Renders `name` for one page: `ctx`'s own parts are converted for the
    /// templates here, its `site` and `locale` come from `shared`.
    pub(crate) fn render(
        &self,
        name: &str,
        ctx: &PageContext,
        shared: &SharedValues,
        page: &Path,
    ) -> Result<String, Diagnostic> {
        let mut context =
            tera::Context::from_serialize(ctx).map_err(|e| self.diagnostic(&e, Some(page)))?;
        context.insert_value("site", shared.site.clone());
        if let Some(locale) = shared.locales.get(ctx.lang) {
            context.insert_value("locale", locale.clone());
        }
        let parts = shared.parts(ctx.lang, ctx.menu_current);
        let none = || Value::from_serializable(&BTreeMap::<String, String>::new());
        context.insert_value("parts", parts.map_or_else(none, |(p, _)| p.clone()));
        self.tera
            .render(name, &context)
            .map_err(|e| self.diagnostic(&e, Some(page)))
    }

    /// The parts of `lang`'s pages: [`PARTS`] rendered once, [`MENU_PARTS`]
    /// once per value of `menu_current`, each with the context of a page but
    /// no `page`, their calls of `t()` recorded in `uses` when given.
    fn language_parts(
        &self,
        lang: &str,
        site: &Value,
        locale: &Value,
        context: &LocaleContext,
        uses: Option<&Arc<StringUses>>,
    ) -> LanguageParts {
        let record = |render: &dyn Fn() -> BTreeMap<&'static str, String>| match uses {
            Some(uses) => uses.record(render),
            None => (render(), Vec::new()),
        };
        let mut ctx = tera::Context::new();
        ctx.insert("lang", lang);
        ctx.insert("dir", crate::campaign::i18n::direction(lang));
        ctx.insert_value("site", site.clone());
        ctx.insert_value("locale", locale.clone());
        let (shared, shared_calls) = record(&|| self.parts(&PARTS, &ctx));
        let mut by_menu = HashMap::new();
        for current in std::iter::once("").chain(menu_urls(context)) {
            let mut ctx = ctx.clone();
            ctx.insert("menu_current", current);
            let (menu, calls) = record(&|| self.parts(&MENU_PARTS, &ctx));
            let mut parts = shared.clone();
            parts.extend(menu);
            let calls = shared_calls.iter().chain(&calls).copied().collect();
            by_menu.insert(
                current.to_string(),
                (Value::from_serializable(&parts), calls),
            );
        }
        LanguageParts { by_menu }
    }

    /// `which` rendered with `context` (a page's, without `page`). A partial
    /// that fails so (a campaign's copy that reads `page`) is left out: the
    /// templates then include it on each page, where an error is reported
    /// with the page.
    fn parts(
        &self,
        which: &[(&'static str, &str)],
        context: &tera::Context,
    ) -> BTreeMap<&'static str, String> {
        which
            .iter()
            .filter(|(_, template)| self.has(template))
            .filter_map(|(name, template)| Some((*name, self.tera.render(template, context).ok()?)))
            .collect()
    }

    /// Diagnostics for a loading error. Tera reports unknown filters, functions and
    /// includes as pre-rendered text, one report per problem: read them back.
    fn load_diagnostics(&self, e: &tera::Error) -> Vec<Diagnostic> {
        let text = e.to_string();
        let reports = parse_text_reports(&text);
        if !matches!(e.kind(), tera::ErrorKind::Msg(_)) || reports.is_empty() {
            return vec![self.diagnostic(e, None)];
        }
        reports
            .into_iter()
            .map(|(message, name, pos)| {
                let d = Diagnostic::error("template.error", message);
                match self.origins.get(&name) {
                    Some(src) => d.at_source(src, pos, 1),
                    None => d.in_file(PathBuf::from(name)).at(pos.line, pos.column),
                }
            })
            .collect()
    }

    /// A located diagnostic for a Tera error.
    pub(crate) fn diagnostic(&self, e: &tera::Error, page: Option<&Path>) -> Diagnostic {
        let (message, location) = describe(e);
        if location.is_none() {
            if let Some(d) = self
                .missing_parent(&message)
                .or_else(|| self.circular(&message))
            {
                return d;
            }
        }
        let mut d = Diagnostic::error("template.error", message);
        if let Some((name, span)) = location {
            if let Some(src) = self.origins.get(&name) {
                let pos = Position {
                    line: span.start_line,
                    column: span.start_col + 1,
                };
                let len = if span.end_line == span.start_line {
                    span.end_col.saturating_sub(span.start_col)
                } else {
                    1
                };
                d = d.at_source(src, pos, len);
            } else {
                d = d.in_file(PathBuf::from(name));
            }
        }
        if let Some(page) = page {
            d = d.with_hint(format!("while rendering {}", page.display()));
        }
        d
    }
}

impl Templates {
    /// Tera reports a template that includes or extends itself, directly or
    /// through others, without a place: "Circular include detected for
    /// template 'X'. Include chain: `["X", "Y", "X"]`". Points at the last
    /// link of the chain: where the one before last names the last.
    fn circular(&self, message: &str) -> Option<Diagnostic> {
        if !message.starts_with("Circular") {
            return None;
        }
        let chain: Vec<&str> = message
            .split_once('[')?
            .1
            .split(']')
            .next()?
            .split(',')
            .map(|n| n.trim().trim_matches('"'))
            .collect();
        let [.., from, to] = chain.as_slice() else {
            return None;
        };
        let src = self.origins.get(*from)?;
        let offset = src.text.find(&format!("\"{to}\"")).map_or(0, |i| i + 1);
        let msg = format!(
            "`{from}` uses `{to}`, which leads back to it: {}",
            chain.join(" → ")
        );
        Some(
            Diagnostic::error("template.circular", msg)
                .at_source(src, position_of(&src.text, offset), to.chars().count())
                .with_hint(
                    "a template cannot include or extend itself, directly or through others",
                ),
        )
    }

    /// Tera reports a missing parent template without a place: "Template 'X' is
    /// inheriting from 'Y', which doesn't exist…". Points at `Y` in X's source.
    fn missing_parent(&self, message: &str) -> Option<Diagnostic> {
        let rest = message.split("Template '").nth(1)?;
        let (child, rest) = rest.split_once("' is inheriting from '")?;
        let (parent, _) = rest.split_once('\'')?;
        let src = self.origins.get(child)?;
        let offset = src.text.find(parent)?;
        let known = self.names().filter(|n| !n.starts_with("partials/"));
        let hint = match did_you_mean(parent, known) {
            Some(close) => format!("did you mean `{close}`?"),
            None => "a template extends one of the base templates, such as `base.html`".into(),
        };
        let msg = format!("`{child}` extends `{parent}`, which does not exist");
        Some(
            Diagnostic::error("template.missing", msg)
                .at_source(src, position_of(&src.text, offset), parent.chars().count())
                .with_hint(hint),
        )
    }
}

/// Reads Tera's text reports: `error: <message>` then `  --> <name>:<line>:<col>`.
fn parse_text_reports(text: &str) -> Vec<(String, String, Position)> {
    let mut out = Vec::new();
    let mut message: Option<&str> = None;
    for line in text.lines() {
        if let Some(m) = line.strip_prefix("error: ") {
            message = Some(m);
        } else if let (Some(m), Some(loc)) = (message, line.trim_start().strip_prefix("--> ")) {
            let mut parts = loc.rsplitn(3, ':');
            let col = parts.next().and_then(|c| c.parse().ok());
            let line_no = parts.next().and_then(|l| l.parse().ok());
            if let (Some(column), Some(line), Some(name)) = (col, line_no, parts.next()) {
                out.push((m.to_string(), name.to_string(), Position { line, column }));
            }
            message = None;
        }
    }
    out
}

fn describe(e: &tera::Error) -> (String, Option<(String, tera::Span)>) {
    // Tera wraps located reports in plain messages ("failed to parse …"): walk the
    // chain for the report, and keep the messages around it.
    let mut messages = Vec::new();
    let mut location = None;
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = current {
        match err.downcast_ref::<tera::Error>().map(tera::Error::kind) {
            Some(tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r)) => {
                messages.push(r.message().to_string());
                location.get_or_insert((r.filename().to_string(), r.span().clone()));
            }
            Some(kind) => messages.push(kind.to_string()),
            None => messages.push(err.to_string()),
        }
        current = err.source();
    }
    messages.dedup();
    (messages.join(": "), location)
}

/// The text of `t(key=key, args…)` on a page in `lang`, as the templates
/// show it: typeset in the language it is written in (docs/typography.md),
/// and a string taken from the default locale marked with its language (see
/// fallback_lang.rs).
pub(crate) fn format_call(
    strings: &I18n,
    lang: &str,
    key: &str,
    args: &[(String, ArgValue)],
) -> String {
    let fargs = fluent_args(args.iter().map(|(k, v)| (k.as_str(), v.clone())));
    let given = (!args.is_empty()).then_some(&fargs);
    match strings.format_with_language(lang, key, given) {
        (text, Some(default)) => fallback_lang::wrap(default, &typography::plain(&text, default)),
        (text, None) => typography::plain(&text, lang).into_owned(),
    }
}

fn register_functions(tera: &mut Tera, strings: Arc<I18n>) {
    // Text to copy (copy_text.rs): escaped as `{{ }}` would, then marked up.
    tera.register_filter(
        "copyable",
        |text: StringInput, _: Kwargs, state: &State| -> TeraResult<Value> {
            Ok(Value::safe_string(&copy_text::copyable(
                &text.rendered(state)?,
            )))
        },
    );
    tera.register_filter(
        "url_breaks",
        |text: StringInput, _: Kwargs, state: &State| -> TeraResult<Value> {
            Ok(Value::safe_string(&copy_text::url_breaks(
                &text.rendered(state)?,
            )))
        },
    );
    // A string without arguments is the same on every page of a language:
    // it is formatted once per build (lookups and fallback notes included).
    let plain: RwLock<HashMap<String, HashMap<String, String>>> = RwLock::default();
    tera.register_function(
        "t",
        move |kwargs: Kwargs, state: &State| -> TeraResult<String> {
            let key: &str = kwargs.must_get("key")?;
            let lang: Option<Value> = state.get("lang")?;
            let lang = lang.as_ref().and_then(Value::as_str).unwrap_or_default();
            let mut args = Vec::new();
            for (name, value) in kwargs.iter() {
                let name = name.as_str().unwrap_or_default();
                if name == "key" {
                    continue;
                }
                let v = match value.as_f64().or_else(|| value.as_i64().map(|i| i as f64)) {
                    Some(n) => ArgValue::Number(n),
                    None => {
                        let text = value
                            .as_str()
                            .map(str::to_string)
                            .unwrap_or_else(|| value.to_string());
                        // A value wholly in another language (a language's
                        // name in itself) stays marked: it is read in its
                        // language inside the string (WCAG 3.1.2).
                        match fallback_lang::is_one_marked(&text) {
                            true => ArgValue::Text(text),
                            false => ArgValue::Text(fallback_lang::plain(&text)),
                        }
                    }
                };
                args.push((name.to_string(), v));
            }
            // `faro serve` re-renders the pages whose strings an edit changed.
            string_uses::note(lang, key, &args);
            if args.is_empty() {
                let known = plain
                    .read()
                    .ok()
                    .and_then(|cache| cache.get(lang).and_then(|keys| keys.get(key)).cloned());
                if let Some(text) = known {
                    return Ok(text);
                }
            }
            let text = format_call(&strings, lang, key, &args);
            if args.is_empty() {
                if let Ok(mut cache) = plain.write() {
                    cache
                        .entry(lang.to_string())
                        .or_default()
                        .insert(key.to_string(), text.clone());
                }
            }
            Ok(text)
        },
    );
}
