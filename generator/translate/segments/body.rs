//! A page's Markdown body split into segments, line by line: a paragraph,
//! a heading, a list item or quoted line, each table cell is one segment;
//! blank lines, `:::` block markers, fenced code and table separators stay
//! in the skeleton. Sections (`::: kind`) give the segments their context.

use super::{split_newline, Extracted, Syntax};

/// What a Markdown body line is.
enum Block<'l> {
    /// Kept as it is (blank lines, block markers, fences, table separators).
    Raw,
    /// A line whose text after `prefix` is one segment.
    Prefixed {
        prefix: &'l str,
        text: &'l str,
        suffix: &'l str,
        kind: &'static str,
    },
    /// A table row.
    Row,
    /// Part of a paragraph.
    Paragraph,
}

/// Splits a page's Markdown body into skeleton and segments.
pub(super) fn body(text: &str, out: &mut Extracted) {
    let mut section = String::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut fence: Option<String> = None;
    for line in text.split_inclusive('\n') {
        let (content, newline) = split_newline(line);
        let trimmed = content.trim_start();
        if let Some(open) = &fence {
            if trimmed.starts_with(open.as_str()) {
                fence = None;
            }
            out.raw(line);
            continue;
        }
        let block = classify(content);
        if !matches!(block, Block::Paragraph) {
            flush_paragraph(&mut paragraph, &section, out);
        }
        match block {
            Block::Raw => {
                if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
                    fence = Some(trimmed.chars().take(3).collect());
                }
                out.raw(line);
            }
            Block::Prefixed {
                prefix,
                text,
                suffix,
                kind,
            } => {
                out.raw(prefix);
                let context = if kind == "heading" {
                    section = text.to_string();
                    "heading".to_string()
                } else {
                    in_section(kind, &section)
                };
                let id_prefix = if kind == "heading" { "h" } else { "p" };
                out.segment(id_prefix, text, Syntax::Markdown, context);
                out.raw(suffix);
                out.raw(newline);
            }
            Block::Row => {
                table_row(content, &section, out);
                out.raw(newline);
            }
            Block::Paragraph => paragraph.push(line),
        }
    }
    flush_paragraph(&mut paragraph, &section, out);
}

fn in_section(kind: &str, section: &str) -> String {
    if section.is_empty() {
        kind.to_string()
    } else {
        format!("{kind} in the section “{section}”")
    }
}

fn classify(line: &str) -> Block<'_> {
    let trimmed = line.trim_start();
    let indent = &line[..line.len() - trimmed.len()];
    if trimmed.is_empty()
        || trimmed.starts_with(":::")
        || trimmed.starts_with("```")
        || trimmed.starts_with("~~~")
        || trimmed.starts_with("<!--")
        || is_table_separator(trimmed)
    {
        return Block::Raw;
    }
    if trimmed.starts_with('|') {
        return Block::Row;
    }
    let hashes = trimmed.chars().take_while(|&c| c == '#').count();
    if indent.is_empty() && (1..=6).contains(&hashes) && trimmed[hashes..].starts_with(' ') {
        let after = hashes + 1;
        let text = &trimmed[after..];
        let (text, suffix) = match text.rfind(" {#") {
            Some(at) if text.ends_with('}') => (&text[..at], &text[at..]),
            _ => (text, ""),
        };
        return Block::Prefixed {
            prefix: &line[..after],
            text,
            suffix,
            kind: "heading",
        };
    }
    if let Some(marker) = list_marker(trimmed) {
        let prefix_len = indent.len() + marker;
        return prefixed(line, prefix_len, "list item");
    }
    if trimmed.starts_with("[^") {
        if let Some(colon) = trimmed.find("]: ") {
            return prefixed(line, indent.len() + colon + 3, "footnote");
        }
    }
    if trimmed.starts_with("> ") {
        return prefixed(line, indent.len() + 2, "quotation");
    }
    Block::Paragraph
}

fn prefixed<'l>(line: &'l str, prefix_len: usize, kind: &'static str) -> Block<'l> {
    Block::Prefixed {
        prefix: &line[..prefix_len],
        text: &line[prefix_len..],
        suffix: "",
        kind,
    }
}

/// Length of a list marker and its spaces (`- `, `* `, `12. `).
fn list_marker(trimmed: &str) -> Option<usize> {
    let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
    let marker = if digits > 0 {
        let rest = &trimmed[digits..];
        (rest.starts_with('.') || rest.starts_with(')')).then_some(digits + 1)?
    } else if trimmed.starts_with(['-', '*', '+']) {
        1
    } else {
        return None;
    };
    let spaces = trimmed[marker..].chars().take_while(|&c| c == ' ').count();
    (spaces > 0 && trimmed.len() > marker + spaces).then_some(marker + spaces)
}

fn is_table_separator(trimmed: &str) -> bool {
    trimmed.starts_with('|')
        && trimmed.contains('-')
        && trimmed
            .chars()
            .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

fn flush_paragraph(lines: &mut Vec<&str>, section: &str, out: &mut Extracted) {
    if lines.is_empty() {
        return;
    }
    let joined: String = lines.concat();
    lines.clear();
    let (content, newline) = split_newline(&joined);
    let trimmed = content.trim_start();
    out.raw(&content[..content.len() - trimmed.len()]);
    out.segment(
        "p",
        trimmed,
        Syntax::Paragraph,
        in_section("paragraph", section),
    );
    out.raw(newline);
}

/// `| a | b |`: every non-empty cell is a segment; pipes and padding are skeleton.
fn table_row(line: &str, section: &str, out: &mut Extracted) {
    let pipes = unescaped_pipes(line);
    let mut last = 0;
    for (n, &pipe) in pipes.iter().enumerate() {
        if n == 0 {
            out.raw(&line[..=pipe]);
            last = pipe + 1;
            continue;
        }
        cell(&line[last..pipe], section, out);
        out.raw("|");
        last = pipe + 1;
    }
    out.raw(&line[last..]);
}

fn cell(text: &str, section: &str, out: &mut Extracted) {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        out.raw(text);
        return;
    }
    let lead = text.len() - text.trim_start().len();
    out.raw(&text[..lead]);
    out.segment(
        "p",
        trimmed,
        Syntax::TableCell,
        in_section("table cell", section),
    );
    out.raw(&text[lead + trimmed.len()..]);
}

/// Byte offsets of the `|` that separate cells (not escaped, not in code).
fn unescaped_pipes(line: &str) -> Vec<usize> {
    let mut pipes = Vec::new();
    let mut in_code = false;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '`' => in_code = !in_code,
            '|' if !in_code => pipes.push(i),
            _ => {}
        }
    }
    pipes
}
