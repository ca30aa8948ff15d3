//! A small reader for (minified) HTML: start tags with their attributes,
//! element text, and the head elements the tests look at.

use std::collections::BTreeMap;

/// An HTML start tag.
#[derive(Debug, Clone)]
pub struct Tag {
    /// Lower-case name.
    pub name: String,
    /// Attributes in order, names lower-cased, values with entities decoded.
    pub attrs: Vec<(String, String)>,
    /// Byte offset just after the tag's `>`.
    pub end: usize,
}

impl Tag {
    /// The value of an attribute (empty for a boolean attribute).
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// URLs in the tag's `href`, `src` and `srcset` attributes.
    pub fn urls(&self) -> Vec<String> {
        let mut urls = Vec::new();
        for (name, value) in &self.attrs {
            match name.as_str() {
                "href" | "src" => urls.push(value.clone()),
                "srcset" => urls.extend(srcset_urls(value)),
                _ => {}
            }
        }
        urls
    }

    /// The space-separated tokens of an attribute (such as `rel`).
    pub fn tokens(&self, name: &str) -> Vec<&str> {
        self.attr(name)
            .map(|v| v.split_ascii_whitespace().collect())
            .unwrap_or_default()
    }
}

/// The URLs of a `srcset` value.
pub fn srcset_urls(value: &str) -> Vec<String> {
    value
        .split(',')
        .filter_map(|c| c.split_whitespace().next())
        .map(str::to_string)
        .collect()
}

/// Every start tag of an HTML document, in order. Handles unquoted and boolean
/// attributes (as minified HTML has them) and skips comments and the contents
/// of `<script>` and `<style>`.
pub fn tags(html: &str) -> Vec<Tag> {
    let b = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(lt) = html[i..].find('<').map(|j| i + j) {
        i = lt + 1;
        if html[i..].starts_with("!--") {
            i = html[i..].find("-->").map_or(b.len(), |j| i + j + 3);
            continue;
        }
        if i >= b.len() || !(b[i] as char).is_ascii_alphabetic() {
            i = html[i..].find('>').map_or(b.len(), |j| i + j + 1);
            continue;
        }
        let name_end = html[i..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == ':'))
            .map_or(b.len(), |j| i + j);
        let name = html[i..name_end].to_ascii_lowercase();
        i = name_end;
        let mut attrs = Vec::new();
        loop {
            while i < b.len() && (b[i] as char).is_ascii_whitespace() {
                i += 1;
            }
            if i >= b.len() {
                break;
            }
            if b[i] == b'>' {
                i += 1;
                break;
            }
            if b[i] == b'/' {
                i += 1;
                continue;
            }
            let n_end = html[i..]
                .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '>' || c == '/')
                .map_or(b.len(), |j| i + j);
            let attr_name = html[i..n_end].to_ascii_lowercase();
            i = n_end;
            let mut value = String::new();
            if i < b.len() && b[i] == b'=' {
                i += 1;
                if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                    let q = b[i] as char;
                    let close = html[i + 1..].find(q).map_or(b.len(), |j| i + 1 + j);
                    value = decode_entities(&html[i + 1..close]);
                    i = (close + 1).min(b.len());
                } else {
                    let v_end = html[i..]
                        .find(|c: char| c.is_ascii_whitespace() || c == '>')
                        .map_or(b.len(), |j| i + j);
                    value = decode_entities(&html[i..v_end]);
                    i = v_end;
                }
            }
            attrs.push((attr_name, value));
        }
        let raw_text = name == "script" || name == "style";
        out.push(Tag {
            name: name.clone(),
            attrs,
            end: i,
        });
        if raw_text {
            let close = format!("</{name}");
            i = html[i..]
                .to_ascii_lowercase()
                .find(&close)
                .map_or(b.len(), |j| i + j);
        }
    }
    out
}

/// The text inside an element that starts at `tag` (tags stripped, entities decoded).
pub fn inner_text(html: &str, tag: &Tag) -> String {
    let close = format!("</{}", tag.name);
    let rest = &html[tag.end..];
    let inner = &rest[..rest.find(&close).unwrap_or(rest.len())];
    let mut text = String::new();
    let mut in_tag = false;
    for c in inner.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    decode_entities(text.trim())
}

/// Decodes the character references minified HTML uses.
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';').filter(|&e| e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..end];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            e if e.starts_with("#x") || e.starts_with("#X") => u32::from_str_radix(&e[2..], 16)
                .ok()
                .and_then(char::from_u32),
            e if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The first tag named `name` whose attributes include every `(attr, value)` pair.
pub fn find_tag<'t>(tags: &'t [Tag], name: &str, with: &[(&str, &str)]) -> Option<&'t Tag> {
    tags.iter()
        .find(|t| t.name == name && with.iter().all(|(a, v)| t.attr(a) == Some(*v)))
}

/// Every `(hreflang, href)` of `<link rel=alternate hreflang=…>` tags.
pub fn alternates(html: &str) -> BTreeMap<String, String> {
    tags(html)
        .into_iter()
        .filter(|t| t.name == "link" && t.tokens("rel").contains(&"alternate"))
        .filter_map(|t| Some((t.attr("hreflang")?.to_string(), t.attr("href")?.to_string())))
        .collect()
}

/// The `href` of `<link rel=canonical>`.
pub fn canonical(html: &str) -> Option<String> {
    tags(html)
        .into_iter()
        .find(|t| t.name == "link" && t.tokens("rel").contains(&"canonical"))
        .and_then(|t| t.attr("href").map(str::to_string))
}

/// `content` of `<meta name=…>` or `<meta property=…>`.
pub fn meta(html: &str, key: &str) -> Option<String> {
    tags(html)
        .into_iter()
        .find(|t| {
            t.name == "meta" && (t.attr("name") == Some(key) || t.attr("property") == Some(key))
        })
        .and_then(|t| t.attr("content").map(str::to_string))
}
