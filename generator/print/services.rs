//! Co-branded sets for local services (`services:` of campaign.yaml): the
//! posters, flyer and wallet card once more for each service, in each locale
//! it serves, with its name, phone and hours or address, and its logo, in a
//! row of its own under the national helplines (templates/print/local.typ
//! `service-row`). Named `<asset>-<service id>`.

use std::sync::Arc;

use crate::campaign::load::Campaign;
use crate::campaign::services::{ServiceSettings, CO_BRANDED_ASSETS};

use super::data::{LocaleData, PrintData, ServiceData};
use super::inputs::Files;
use super::job::Job;

/// The service a co-branded asset is made for.
#[derive(Clone)]
pub(super) struct ServiceJob {
    /// Its place in `services:` (and in [`Files::service_logos`]).
    pub index: usize,
    /// Its facts.
    pub settings: ServiceSettings,
}

/// `poster-a4`, or `poster-a4-<service id>` for a service's set.
pub(super) fn file_stem(asset: &str, service: Option<&ServiceJob>) -> String {
    match service {
        Some(s) => format!("{asset}-{}", s.settings.id),
        None => asset.to_string(),
    }
}

/// The co-branded assets of every service that serves `locale`, service by
/// service, in the campaign's asset order.
pub(super) fn service_jobs(
    campaign: &Campaign,
    locale: &str,
    shared: &Arc<LocaleData>,
) -> Vec<Job> {
    let s = &campaign.settings;
    let mut jobs = Vec::new();
    for (index, service) in s.services.iter().enumerate() {
        if !service.locales.iter().any(|l| l == locale) {
            continue;
        }
        for id in s
            .print
            .assets
            .iter()
            .filter(|a| CO_BRANDED_ASSETS.contains(&a.as_str()))
        {
            let Some(spec) = crate::campaign::print_assets::asset(id) else {
                continue;
            };
            jobs.push(Job {
                locale: locale.to_string(),
                spec,
                booklet: None,
                shared: shared.clone(),
                service: Some(ServiceJob {
                    index,
                    settings: service.clone(),
                }),
            });
        }
    }
    jobs
}

/// Puts the service of `job` into `data`: its facts, its name in the title
/// and its file name in the print shop's slug.
pub(super) fn add_service(data: &mut PrintData, job: &Job, files: &Files) {
    let Some(service) = &job.service else {
        return;
    };
    let s = &service.settings;
    // Each fact in the set's locale where the service gives it one (see
    // `LocalText::for_locale`).
    let fact = |t: &Option<crate::campaign::services::LocalText>| {
        t.as_ref()
            .and_then(|t| t.for_locale(&job.locale, &s.language))
            .map(|(text, own)| (text.to_string(), own))
    };
    let (address, hours) = (fact(&s.address), fact(&s.hours));
    data.service = Some(ServiceData {
        name: s.name.clone(),
        phone: crate::campaign::phone::display(&s.phone),
        address_local: address.as_ref().is_some_and(|a| a.1),
        hours_local: hours.as_ref().is_some_and(|h| h.1),
        address: address.map(|a| a.0),
        hours: hours.map(|h| h.0),
        logo: files
            .service_logos
            .get(service.index)
            .and_then(|l| l.as_ref().map(|(path, _)| path.clone())),
        lang: subtag(&s.language, 0).unwrap_or_default(),
        region: subtag(&s.language, 1),
    });
    data.title = format!("{} – {}", data.title, s.name);
    if !data.slug.is_empty() {
        let own = format!("{}-print.pdf", job.spec.id);
        data.slug = data
            .slug
            .replacen(&own, &format!("{}-print.pdf", job.name()), 1);
        // Its logo, in its row of the posters' and the flyer's helplines' box,
        // keeps its own colours: RGB, unless it is a CMYK JPEG, which is
        // written as it is (see `cmyk_jpeg`).
        let logo = files
            .service_logos
            .get(service.index)
            .and_then(Option::as_ref);
        let rgb = job.spec.template != "card.typ"
            && logo.is_some_and(|(_, bytes)| !super::vector::cmyk_jpeg(bytes));
        if rgb && !data.slug.contains(super::data::RGB_LOGOS) {
            data.slug = data.slug.replacen(
                " · CMYK · ",
                &format!(" · {} · ", super::data::RGB_LOGOS),
                1,
            );
        }
    }
}

/// The service's logo of `job`, as a virtual file for its assets only.
pub(super) fn logo_file<'f>(job: &Job, files: &'f Files) -> Option<&'f (String, Vec<u8>)> {
    files
        .service_logos
        .get(job.service.as_ref()?.index)?
        .as_ref()
}

/// The `n`th subtag of a locale code (`pt` and `br` of `pt-br`), lower case.
fn subtag(code: &str, n: usize) -> Option<String> {
    code.split(['-', '_'])
        .nth(n)
        .filter(|t| !t.is_empty())
        .map(str::to_ascii_lowercase)
}
