//! The theme's illustrations for print: the same SVG drawings the web pages
//! show (`templates/partials/art.html`, drawn for Faro), taken from the
//! template layers so that a theme's or campaign's own art is used, and
//! coloured from the campaign palette with a stylesheet inside the SVG (the
//! web colours them with style.css; usvg, Typst's SVG reader, reads the same
//! class rules from a `<style>` element).

use crate::campaign::colours::Colours;

/// The SVG file of illustration `name` (such as `hero`) from the text of
/// `partials/art.html`, coloured with `colours`; `None` when the partial
/// has no such drawing.
pub(super) fn svg(partial: &str, name: &str, colours: &Colours) -> Option<String> {
    let marker = format!("art == \"{name}\"");
    let after = &partial[partial.find(&marker)? + marker.len()..];
    let start = after.find("<svg")?;
    let end = after[start..].find("</svg>")? + start + "</svg>".len();
    let drawing = &after[start..end];
    // The opening tag ends at its first `>`: the partial's tags carry no `>`
    // in attribute values.
    let open_end = drawing.find('>')?;
    let (open, rest) = drawing.split_at(open_end);
    let open = open.replace("<svg ", "<svg xmlns=\"http://www.w3.org/2000/svg\" ");
    Some(format!(
        "{open}><style>{}</style>{}",
        stylesheet(colours),
        &rest[1..]
    ))
}

/// The class rules of the theme's style.css (`.art .a` and so on), with the
/// palette's values in place of its custom properties.
fn stylesheet(c: &Colours) -> String {
    format!(
        ".a{{fill:{a}}}.p{{fill:{p}}}.b{{fill:{b}}}.t{{fill:{t}}}.n{{fill:none}}\
         .sp{{stroke:{p}}}.st{{stroke:{t}}}.sb{{stroke:{b}}}\
         [stroke-width]{{stroke-linecap:round;stroke-linejoin:round}}",
        a = c.accent,
        p = c.primary,
        b = c.background,
        t = c.text,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn colours() -> Colours {
        Colours {
            primary: "#0b5563".into(),
            on_primary: "#ffffff".into(),
            background: "#ffffff".into(),
            text: "#111111".into(),
            accent: "#ffe08a".into(),
            on_accent: "#111111".into(),
        }
    }

    #[test]
    fn the_drawing_is_cut_from_the_partial_and_coloured_from_the_palette() {
        let partial = "{% if art == \"hero\" %}<svg class=\"art\" viewBox=\"0 0 10 10\"><circle class=\"p\" r=\"5\"/></svg>\n{%- elif art == \"steps\" %}<svg class=\"art\" viewBox=\"0 0 4 4\"><rect class=\"a\"/></svg>{%- endif %}";
        let hero = svg(partial, "hero", &colours()).unwrap();
        assert_eq!(
            hero,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"art\" viewBox=\"0 0 10 10\"><style>.a{fill:#ffe08a}.p{fill:#0b5563}.b{fill:#ffffff}.t{fill:#111111}.n{fill:none}.sp{stroke:#0b5563}.st{stroke:#111111}.sb{stroke:#ffffff}[stroke-width]{stroke-linecap:round;stroke-linejoin:round}</style><circle class=\"p\" r=\"5\"/></svg>"
        );
        assert!(svg(partial, "steps", &colours())
            .unwrap()
            .contains("<rect class=\"a\"/>"));
        assert_eq!(svg(partial, "browse", &colours()), None);
    }

    #[test]
    fn every_drawing_of_the_theme_parses_as_svg() {
        let partial = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/partials/art.html"),
        )
        .unwrap();
        for name in crate::campaign::settings::ART_NAMES {
            let file = svg(&partial, name, &colours()).unwrap_or_else(|| panic!("no {name}"));
            let image = typst::visualize::SvgImage::new(typst::foundations::Bytes::new(file));
            assert!(image.is_ok(), "{name} does not parse");
        }
    }
}
