//! Phone numbers in page text become `tel:` links. Authors write a number as
//! people read it (`**1522** is free…`); every number declared under
//! `helplines:` in campaign.yaml is linked wherever it stands on its own in the
//! text, with an accessible name in the page's language. Authors never write a
//! `tel:` URL by hand.

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use crate::untrusted::escape_html as escape;

/// A number to link, and the link that replaces it.
#[derive(Debug, Clone)]
pub(crate) struct PhoneLink {
    /// The number as it is written in campaign.yaml (and so in the text).
    pub number: String,
    /// The `<a href="tel:…">` element that replaces it.
    pub html: String,
}

/// Replaces each helpline number in text (outside links, code, images and
/// raw HTML) with its link.
pub(super) fn link_phones<'t>(events: Vec<Event<'t>>, phones: &[PhoneLink]) -> Vec<Event<'t>> {
    if phones.is_empty() {
        return events;
    }
    let mut out = Vec::with_capacity(events.len());
    // Inside a link (a link in a link is invalid) or a code block.
    let mut opaque = 0usize;
    for event in events {
        match &event {
            Event::Start(Tag::Link { .. } | Tag::CodeBlock(_)) => opaque += 1,
            Event::End(TagEnd::Link | TagEnd::CodeBlock) => opaque = opaque.saturating_sub(1),
            Event::Text(text) if opaque == 0 && first_number(text, phones).is_some() => {
                split_text(text, phones, &mut out);
                continue;
            }
            _ => {}
        }
        // Most text has no number: it goes on as it is, not copied.
        out.push(event);
    }
    out
}

/// Pushes `text` as text and link events.
fn split_text<'t>(text: &str, phones: &[PhoneLink], out: &mut Vec<Event<'t>>) {
    let mut rest = text;
    while let Some((at, phone)) = first_number(rest, phones) {
        if at > 0 {
            out.push(Event::Text(CowStr::from(rest[..at].to_string())));
        }
        out.push(Event::InlineHtml(CowStr::from(phone.html.clone())));
        rest = &rest[at + phone.number.len()..];
    }
    if !rest.is_empty() {
        out.push(Event::Text(CowStr::from(rest.to_string())));
    }
}

/// The earliest number of `phones` standing on its own in `text` (not part of
/// a longer number or word), the longest one where two start at one place.
fn first_number<'p>(text: &str, phones: &'p [PhoneLink]) -> Option<(usize, &'p PhoneLink)> {
    let mut best: Option<(usize, &PhoneLink)> = None;
    for phone in phones.iter().filter(|p| !p.number.is_empty()) {
        // Every text run of every page is asked: most have no digit, and a
        // byte search is far cheaper than setting up a substring search.
        if memchr::memchr(phone.number.as_bytes()[0], text.as_bytes()).is_none() {
            continue;
        }
        let found = text
            .match_indices(phone.number.as_str())
            .map(|(i, _)| i)
            .find(|&i| stands_alone(text, i, phone.number.len()));
        if let Some(i) = found {
            let better = match best {
                None => true,
                Some((j, b)) => i < j || (i == j && phone.number.len() > b.number.len()),
            };
            if better {
                best = Some((i, phone));
            }
        }
    }
    best
}

/// No letter or digit right before or after `text[at..at + len]`, nor a digit
/// behind a separator (`1522` in `1.522` or `1522,5` is not a phone number).
fn stands_alone(text: &str, at: usize, len: usize) -> bool {
    let before = text[..at].chars().rev().take(2).collect::<Vec<_>>();
    let after = text[at + len..].chars().take(2).collect::<Vec<_>>();
    let joins = |near: &[char]| match near {
        [c, ..] if c.is_alphanumeric() => true,
        [c, d, ..] if ".,".contains(*c) && d.is_ascii_digit() => true,
        _ => false,
    };
    !joins(&before) && !joins(&after)
}

/// The `tel:` links that replace the campaign's helpline numbers in the page
/// text of `locale`: each named "Call 1522: <the helpline's name>" in that
/// language, marked `emergency` for emergency numbers, written left to right
/// also on right-to-left pages, and kept on one line.
pub(crate) fn helpline_links(
    campaign: &crate::campaign::load::Campaign,
    locale: &str,
) -> Vec<PhoneLink> {
    let rtl = crate::campaign::i18n::direction(locale) == "rtl";
    campaign
        .settings
        .helplines
        .iter()
        .map(|h| {
            let number = h.number.trim().to_string();
            let args = crate::campaign::i18n::fluent_args([(
                "number",
                crate::campaign::i18n::ArgValue::Text(number.clone()),
            )]);
            let call = campaign.i18n.format(locale, "helpline-call", Some(&args));
            let name_key = format!("helpline-{}-name", h.id);
            let name = campaign.i18n.format(locale, &name_key, None);
            let class = if h.emergency { "tel emergency" } else { "tel" };
            let dir = if rtl { " dir=\"ltr\"" } else { "" };
            let html = format!(
                "<a href=\"tel:{}\" class=\"{class}\"{dir} aria-label=\"{}: {}\">{}</a>",
                escape(&h.dial),
                escape(&call),
                escape(&name),
                escape(&crate::campaign::phone::display(&number)),
            );
            PhoneLink { number, html }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::{html, Parser};

    fn render(md: &str) -> String {
        let phones = [
            PhoneLink {
                number: "1522".into(),
                html: "<a href=\"tel:1522\">1522</a>".into(),
            },
            PhoneLink {
                number: "112".into(),
                html: "<a href=\"tel:112\">112</a>".into(),
            },
        ];
        let events = link_phones(Parser::new(md).collect(), &phones);
        let mut out = String::new();
        html::push_html(&mut out, events.into_iter());
        out
    }

    #[test]
    fn numbers_standing_alone_become_links() {
        assert_eq!(
            render("**1522** is free; in danger call 112."),
            "<p><strong><a href=\"tel:1522\">1522</a></strong> is free; in danger call <a href=\"tel:112\">112</a>.</p>\n"
        );
    }

    #[test]
    fn numbers_inside_other_numbers_links_and_code_are_left() {
        let out = render("In 2015221 and 1.522 and 1122 cases, [call 1522](https://x.org) or `112`.\n\n    112\n");
        assert!(!out.contains("tel:"), "{out}");
    }
}
