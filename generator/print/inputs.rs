//! What every print asset shares: the Typst templates (from the template
//! layers), the images (logos, the EU emblem) and the QR code.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

use crate::campaign::project::Layer;
use crate::diagnostics::{Diagnostic, Diagnostics, SourceText};
use crate::untrusted::files::decode_utf8;

/// Images shared by every asset, as (virtual path, bytes).
#[derive(Default)]
pub(super) struct Files {
    /// The campaign logo.
    pub logo: Option<(String, Vec<u8>)>,
    /// Partner logos, in partner order.
    pub partner_logos: Vec<Option<(String, Vec<u8>)>>,
    /// Logos of the local services, in `services:` order (each only on its
    /// own co-branded assets).
    pub service_logos: Vec<Option<(String, Vec<u8>)>>,
    /// The EU emblem, unaltered from the theme.
    pub eu_emblem: Option<(String, Vec<u8>)>,
    /// The hero illustration, coloured from the palette (`/art-hero.svg`).
    pub art: Option<(String, Vec<u8>)>,
    /// The SVG drawings among these (and the QR codes), as the print-shop
    /// variants redraw them: parsed once per build.
    pub parsed: super::vector::Parsed,
}

/// The print templates, from base, theme and campaign layers.
pub(super) struct Templates {
    /// The templates parsed once per build, by virtual path (`/poster.typ`):
    /// every compilation shares them.
    pub sources: super::world::Sources,
    /// Where each virtual path came from, for messages.
    pub origins: BTreeMap<String, SourceText>,
    /// Hash of every template, for the cache.
    pub hash: String,
    /// The text of `partials/art.html`, the theme's illustrations, which
    /// print shares with the web (see [`super::art`]).
    pub art: Option<String>,
    /// Virtual paths of the templates that are Faro's own (the base layer,
    /// not overridden): an error in them is Faro's bug.
    pub faro_own: BTreeSet<String>,
}

impl Templates {
    /// Loads `print/*.typ` from every template layer; a campaign's file
    /// overrides the theme's, which overrides the base one.
    pub(super) fn load(
        campaign: &crate::campaign::load::Campaign,
        theme: Option<&Layer>,
        diags: &mut Diagnostics,
    ) -> Templates {
        let layers =
            crate::web::templates::layers(campaign.project.templates(), theme, &campaign.dir);
        let mut chosen: BTreeMap<String, SourceText> = BTreeMap::new();
        let base_files: BTreeSet<_> =
            crate::web::templates::overlay(&layers[..1], &mut Diagnostics::new())
                .into_values()
                .map(|f| f.display)
                .collect();
        let mut faro_own = BTreeSet::new();
        let mut art = None;
        for (name, file) in crate::web::templates::overlay(&layers, diags) {
            if name == "partials/art.html" {
                art = String::from_utf8(file.bytes.into_owned()).ok();
                continue;
            }
            let Some(rest) = name.strip_prefix("print/").filter(|r| r.ends_with(".typ")) else {
                continue;
            };
            match decode_utf8(file.bytes.into_owned(), &file.display, "template.not-utf8") {
                Ok(text) => {
                    if base_files.contains(&file.display) {
                        faro_own.insert(format!("/{rest}"));
                    }
                    let source = SourceText {
                        path: file.display.clone(),
                        text: Arc::from(text.as_str()),
                    };
                    chosen.insert(format!("/{rest}"), source);
                }
                Err(d) => diags.push(d),
            }
        }
        let mut hasher = blake3::Hasher::new();
        for (path, src) in &chosen {
            hasher.update(path.as_bytes());
            hasher.update(&[0]);
            hasher.update(src.text.as_bytes());
            hasher.update(&[0]);
        }
        Templates {
            sources: super::world::parse(chosen.iter().map(|(p, s)| (p.as_str(), &*s.text))),
            origins: chosen,
            hash: hasher.finalize().to_hex().to_string(),
            art,
            faro_own,
        }
    }
}

/// The logo, partner logos and EU emblem, read once per build.
pub(crate) fn shared_files(
    campaign: &crate::campaign::load::Campaign,
    theme: Option<&Layer>,
    diags: &mut Diagnostics,
) -> Files {
    let s = &campaign.settings;
    let read = |rel: &Path, name: &str| -> Option<(String, Vec<u8>)> {
        let ext = rel.extension()?.to_string_lossy().to_ascii_lowercase();
        let bytes = std::fs::read(campaign.dir.join(rel)).ok()?;
        Some((format!("/{name}.{ext}"), bytes))
    };
    let mut files = Files {
        logo: s.logo.as_deref().and_then(|l| read(l, "logo")),
        partner_logos: s
            .partners
            .iter()
            .enumerate()
            .map(|(i, p)| {
                p.logo
                    .as_deref()
                    .and_then(|l| read(l, &format!("partner-{i}")))
            })
            .collect(),
        service_logos: s
            .services
            .iter()
            .enumerate()
            .map(|(i, p)| {
                p.logo
                    .as_deref()
                    .and_then(|l| read(l, &format!("service-{i}")))
            })
            .collect(),
        eu_emblem: None,
        art: None,
        parsed: super::vector::Parsed::default(),
    };
    if s.eu_funded {
        let emblem = theme.and_then(|t| {
            t.files("static", diags)
                .into_iter()
                .find(|f| f.name == "static/eu-emblem.svg")
        });
        match emblem {
            Some(f) => files.eu_emblem = Some(("/eu-emblem.svg".into(), f.bytes.into_owned())),
            None => diags.push(
                Diagnostic::error("print.eu-emblem", "the theme has no static/eu-emblem.svg")
                    .with_hint(
                    "EU-funded campaigns print the EU emblem; copy it from themes/default/static/",
                ),
            ),
        }
    }
    files
}

/// The QR code of `url` as SVG (black on white, with its quiet zone).
pub(super) fn qr_svg(url: &str) -> String {
    use qrcode::render::svg;
    match qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M) {
        Ok(code) => code
            .render::<svg::Color>()
            .min_dimensions(240, 240)
            .dark_color(svg::Color("#000000"))
            .light_color(svg::Color("#ffffff"))
            .quiet_zone(true)
            .build(),
        Err(_) => {
            String::from("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>")
        }
    }
}
