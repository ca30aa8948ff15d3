//! The inline structure of a segment: plain text, spans whose markup wraps
//! translatable text (emphasis, links, image alt texts) and placeholders that
//! stay as they are (code, footnote references, Fluent placeables).
//!
//! Markdown and Fluent text are parsed into this tree so that XLIFF carries
//! the markup as inline elements a translator can move but not break, and
//! rendered back from it with the markup taken from the original.

/// One piece of a segment's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Inline {
    /// Translatable text.
    Text(String),
    /// Markup around translatable content (`**…**`, `[…](url)`, `![…](src)`).
    Span {
        /// Id, unique in its segment.
        id: String,
        /// What the markup means, for the translator (`bold`, `link`, …).
        kind: &'static str,
        /// Markup before the content.
        start: String,
        /// Markup after the content.
        end: String,
        /// The content.
        children: Vec<Inline>,
    },
    /// Markup kept whole (`` `code` ``, `[^note]`, `{ $name }`).
    Placeholder {
        /// Id, unique in its segment.
        id: String,
        /// What it is, for the translator.
        kind: &'static str,
        /// The markup itself.
        code: String,
    },
}

/// The plain text of some content (spans unwrapped, placeholders as written).
pub(crate) fn plain(content: &[Inline]) -> String {
    let mut out = String::new();
    for piece in content {
        match piece {
            Inline::Text(t) => out.push_str(t),
            Inline::Span { children, .. } => out.push_str(&plain(children)),
            Inline::Placeholder { code, .. } => out.push_str(code),
        }
    }
    out
}

/// Every span and placeholder id with its markup, in document order.
pub(crate) fn codes(content: &[Inline]) -> Vec<(&str, &Inline)> {
    let mut out = Vec::new();
    for piece in content {
        match piece {
            Inline::Text(_) => {}
            Inline::Span { id, children, .. } => {
                out.push((id.as_str(), piece));
                out.extend(codes(children));
            }
            Inline::Placeholder { id, .. } => out.push((id.as_str(), piece)),
        }
    }
    out
}

/// Parses Markdown inline text (a paragraph, heading, list item or cell).
pub(crate) fn parse_markdown(text: &str) -> Vec<Inline> {
    let mut counter = 0;
    MarkdownScanner {
        chars: text.char_indices().collect(),
        text,
        counter: &mut counter,
    }
    .parse_range(0, text.chars().count())
}

struct MarkdownScanner<'t, 'c> {
    chars: Vec<(usize, char)>,
    text: &'t str,
    counter: &'c mut usize,
}

impl MarkdownScanner<'_, '_> {
    fn next_id(&mut self) -> String {
        *self.counter += 1;
        self.counter.to_string()
    }

    fn ch(&self, i: usize) -> Option<char> {
        self.chars.get(i).map(|c| c.1)
    }

    fn byte(&self, i: usize) -> usize {
        self.chars.get(i).map_or(self.text.len(), |c| c.0)
    }

    fn slice(&self, from: usize, to: usize) -> &str {
        &self.text[self.byte(from)..self.byte(to)]
    }

    /// Parses chars `from..to` (char indices).
    fn parse_range(&mut self, from: usize, to: usize) -> Vec<Inline> {
        let mut out = Vec::new();
        let mut text = String::new();
        let mut i = from;
        while i < to {
            let c = self.chars[i].1;
            let found = match c {
                '\\' if self.ch(i + 1).is_some_and(|n| n.is_ascii_punctuation()) && i + 1 < to => {
                    text.push(self.chars[i + 1].1);
                    i += 2;
                    continue;
                }
                '`' => self.code_span(i, to),
                '!' if self.ch(i + 1) == Some('[') => self.link(i, i + 1, to, "image", "!["),
                '[' if self.ch(i + 1) == Some('^') => self.footnote_ref(i, to),
                '[' => self.link(i, i, to, "link", "["),
                '<' => self.autolink(i, to),
                '*' | '_' => self.emphasis(i, to),
                _ => None,
            };
            match found {
                Some((piece, next)) => {
                    if !text.is_empty() {
                        out.push(Inline::Text(std::mem::take(&mut text)));
                    }
                    out.push(piece);
                    i = next;
                }
                None => {
                    text.push(c);
                    i += 1;
                }
            }
        }
        if !text.is_empty() {
            out.push(Inline::Text(text));
        }
        out
    }

    fn run_length(&self, i: usize, c: char, to: usize) -> usize {
        (i..to).take_while(|&j| self.ch(j) == Some(c)).count()
    }

    fn code_span(&mut self, i: usize, to: usize) -> Option<(Inline, usize)> {
        let n = self.run_length(i, '`', to);
        let mut j = i + n;
        while j < to {
            if self.ch(j) == Some('`') {
                let m = self.run_length(j, '`', to);
                if m == n {
                    let code = self.slice(i, j + m).to_string();
                    let id = self.next_id();
                    return Some((
                        Inline::Placeholder {
                            id,
                            kind: "code",
                            code,
                        },
                        j + m,
                    ));
                }
                j += m;
            } else {
                j += 1;
            }
        }
        None
    }

    fn footnote_ref(&mut self, i: usize, to: usize) -> Option<(Inline, usize)> {
        let close = (i + 2..to).find(|&j| self.ch(j) == Some(']'))?;
        let label = self.slice(i + 2, close);
        if label.is_empty() || label.contains(char::is_whitespace) {
            return None;
        }
        let code = self.slice(i, close + 1).to_string();
        let id = self.next_id();
        Some((
            Inline::Placeholder {
                id,
                kind: "footnote",
                code,
            },
            close + 1,
        ))
    }

    fn autolink(&mut self, i: usize, to: usize) -> Option<(Inline, usize)> {
        let close = (i + 1..to).find(|&j| matches!(self.ch(j), Some('>' | ' ' | '<')))?;
        let inner = self.slice(i + 1, close);
        if self.ch(close) != Some('>') || !(inner.contains("://") || inner.contains('@')) {
            return None;
        }
        let code = self.slice(i, close + 1).to_string();
        let id = self.next_id();
        Some((
            Inline::Placeholder {
                id,
                kind: "link",
                code,
            },
            close + 1,
        ))
    }

    /// `[text](dest)` or `![alt](src)`: `open` is the index of `[`.
    fn link(
        &mut self,
        start: usize,
        open: usize,
        to: usize,
        kind: &'static str,
        opener: &str,
    ) -> Option<(Inline, usize)> {
        let close = self.matching(open, '[', ']', to)?;
        if self.ch(close + 1) != Some('(') {
            return None;
        }
        let paren = self.matching(close + 1, '(', ')', to)?;
        let id = self.next_id();
        let children = self.parse_range(open + 1, close);
        let end = self.slice(close, paren + 1).to_string();
        debug_assert_eq!(self.slice(start, open + 1), opener);
        Some((
            Inline::Span {
                id,
                kind,
                start: opener.to_string(),
                end,
                children,
            },
            paren + 1,
        ))
    }

    /// The index of the bracket closing the one at `open`, skipping escapes.
    fn matching(&self, open: usize, left: char, right: char, to: usize) -> Option<usize> {
        let mut depth = 0;
        let mut j = open;
        while j < to {
            match self.ch(j) {
                Some('\\') => j += 1,
                Some(c) if c == left => depth += 1,
                Some(c) if c == right => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(j);
                    }
                }
                _ => {}
            }
            j += 1;
        }
        None
    }

    fn emphasis(&mut self, i: usize, to: usize) -> Option<(Inline, usize)> {
        let c = self.ch(i)?;
        let run = self.run_length(i, c, to).min(2);
        // An opener is followed by text, and `_` only opens at a word start.
        let after = self.ch(i + run)?;
        if after.is_whitespace() {
            return None;
        }
        if c == '_' && i > 0 && self.ch(i - 1).is_some_and(char::is_alphanumeric) {
            return None;
        }
        let delim: String = std::iter::repeat_n(c, run).collect();
        let mut j = i + run;
        while j + run <= to {
            match self.ch(j) {
                Some('\\') => j += 2,
                Some('`') => j = self.code_span(j, to).map_or(j + 1, |(_, next)| next),
                Some(x)
                    if x == c
                        && self.run_length(j, c, to) == run
                        && !self.ch(j - 1).is_some_and(char::is_whitespace) =>
                {
                    // Ids count in document order: the span takes its id first.
                    let id = self.next_id();
                    let children = self.parse_range(i + run, j);
                    let kind = if run == 2 { "bold" } else { "italic" };
                    return Some((
                        Inline::Span {
                            id,
                            kind,
                            start: delim.clone(),
                            end: delim,
                            children,
                        },
                        j + run,
                    ));
                }
                Some(x) if x == c => j += self.run_length(j, c, to),
                _ => j += 1,
            }
        }
        None
    }
}

/// Renders content back to Markdown inline text. `in_table` escapes `|`.
pub(crate) fn render_markdown(content: &[Inline], in_table: bool) -> String {
    let mut out = String::new();
    for piece in content {
        match piece {
            Inline::Text(t) => escape_markdown(t, in_table, &mut out),
            Inline::Span {
                start,
                end,
                children,
                ..
            } => {
                // Emphasis may not start or end with a space: keep the spaces a
                // translator left inside the span outside its markup.
                let inner = render_markdown(children, in_table);
                let trimmed_start = inner.trim_start();
                let lead = &inner[..inner.len() - trimmed_start.len()];
                let trimmed = trimmed_start.trim_end();
                let trail = &trimmed_start[trimmed.len()..];
                out.push_str(lead);
                out.push_str(start);
                out.push_str(trimmed);
                out.push_str(end);
                out.push_str(trail);
            }
            Inline::Placeholder { code, .. } => out.push_str(code),
        }
    }
    out
}

fn escape_markdown(text: &str, in_table: bool, out: &mut String) {
    for c in text.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<') || (in_table && c == '|') {
            out.push('\\');
        }
        out.push(c);
    }
}

/// Escapes what would turn the start of a rendered line into block markup
/// (a heading, list item, quote or block marker).
pub(crate) fn escape_line_starts(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let indent = line.len() - line.trim_start().len();
        let (lead, rest) = line.split_at(indent);
        out.push_str(lead);
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        let after = &rest[digits..];
        if digits > 0
            && (after.starts_with(". ") || after.starts_with(") ") || after == "." || after == ")")
        {
            // `2020. ` would start an ordered list: escape its full stop.
            out.push_str(&rest[..digits]);
            out.push('\\');
            out.push_str(after);
            continue;
        }
        if starts_block(rest) {
            out.push('\\');
        }
        out.push_str(rest);
    }
    out
}

fn starts_block(line: &str) -> bool {
    let hashes = line.chars().take_while(|&c| c == '#').count();
    let spaced = |n: usize| line[n..].is_empty() || line[n..].starts_with(' ');
    (hashes > 0 && spaced(hashes))
        || ((line.starts_with('-') || line.starts_with('+')) && spaced(1))
        || line.starts_with('>')
        || line.starts_with(":::")
}

/// Parses a Fluent pattern: `{ … }` placeables become placeholders.
pub(crate) fn parse_fluent(value: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut counter = 0;
    let mut rest = value;
    while let Some(open) = rest.find('{') {
        text.push_str(&rest[..open]);
        let Some(len) = placeable_len(&rest[open..]) else {
            text.push_str(&rest[open..]);
            rest = "";
            break;
        };
        if !text.is_empty() {
            out.push(Inline::Text(std::mem::take(&mut text)));
        }
        counter += 1;
        let code = &rest[open..open + len];
        out.push(Inline::Placeholder {
            id: counter.to_string(),
            kind: if code.contains('$') {
                "variable"
            } else {
                "placeable"
            },
            code: code.to_string(),
        });
        rest = &rest[open + len..];
    }
    text.push_str(rest);
    if !text.is_empty() {
        out.push(Inline::Text(text));
    }
    out
}

/// Length of the `{ … }` placeable at the start of `s`, nested braces included.
fn placeable_len(s: &str) -> Option<usize> {
    let mut depth = 0;
    for (i, c) in s.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// Renders content back to a Fluent pattern: braces a translator typed become
/// string literals, and continuation lines are indented.
pub(crate) fn render_fluent(content: &[Inline]) -> String {
    let mut out = String::new();
    for piece in content {
        match piece {
            Inline::Text(t) => {
                for c in t.chars() {
                    match c {
                        '{' => out.push_str("{\"{\"}"),
                        '}' => out.push_str("{\"}\"}"),
                        '\n' => out.push_str("\n    "),
                        c => out.push(c),
                    }
                }
            }
            Inline::Span { children, .. } => out.push_str(&render_fluent(children)),
            Inline::Placeholder { code, .. } => out.push_str(code),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_round_trips_through_the_tree() {
        for text in [
            "Plain text, no markup.",
            "**1522** is *free*, see [get help](@/get-help.md) and `faro fork`.",
            "A note[^destalk2021] and ![a drawn phone](images/phone.svg \"Phone\").",
            "**[Read this first](@/what-to-do.md)**",
            "Visit <https://stopstalkerware.org> today.",
            "**Risultato:** un *piano*, con [link *annidato*](https://example.org/a_(b)).",
        ] {
            let tree = parse_markdown(text);
            assert_eq!(render_markdown(&tree, false), text, "{tree:?}");
        }
    }

    #[test]
    fn markup_becomes_spans_and_placeholders() {
        let tree = parse_markdown("Call **1522** or read `x`.");
        assert_eq!(tree.len(), 5);
        assert!(matches!(&tree[1], Inline::Span { kind: "bold", .. }));
        assert!(matches!(&tree[3], Inline::Placeholder { kind: "code", .. }));
        assert_eq!(plain(&tree), "Call 1522 or read `x`.");
    }

    #[test]
    fn translator_text_is_escaped() {
        let tree = vec![Inline::Text("5 * 3 [sic]".into())];
        assert_eq!(render_markdown(&tree, false), "5 \\* 3 \\[sic\\]");
        assert_eq!(
            escape_line_starts("- not a list\n2020. a year"),
            "\\- not a list\n2020\\. a year"
        );
    }

    #[test]
    fn spaces_stay_outside_emphasis() {
        let tree = vec![Inline::Span {
            id: "1".into(),
            kind: "bold",
            start: "**".into(),
            end: "**".into(),
            children: vec![Inline::Text(" word ".into())],
        }];
        assert_eq!(render_markdown(&tree, false), " **word** ");
    }

    #[test]
    fn fluent_placeables_round_trip() {
        let value = "Hello { $name }, { -brand } is here";
        let tree = parse_fluent(value);
        assert_eq!(render_fluent(&tree), value);
        assert_eq!(codes(&tree).len(), 2);
    }
}
