//! Tables too large for the guidelines booklet.
//!
//! The web page of a huge Markdown table costs time in proportion to its
//! cells, but Typst's table layout in the A4 booklet costs far more per cell
//! (a 60 × 1,500 table took about 28 s and over 2 GB, the whole pilot 0.5 s),
//! and a table of 60 columns cannot be read on an A4 page anyway. So a
//! guidelines table above these limits is refused at its first line, before
//! anything is laid out, with what to do instead.

use super::booklet::{Block, Booklet, Placed};
use crate::campaign::load::Campaign;
use crate::diagnostics::{position_of, Diagnostic};

/// Most columns an A4 page can show legibly (about 14 mm each).
pub(super) const MAX_COLUMNS: usize = 12;
/// Most cells of one table (about a second of layout in a release build).
pub(super) const MAX_CELLS: usize = 3_000;

/// An error at each table of `booklet` above [`MAX_COLUMNS`] or [`MAX_CELLS`].
pub(super) fn oversized_tables(booklet: &Booklet, campaign: &Campaign) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for chapter in &booklet.chapters {
        tables(&chapter.blocks, &mut found);
    }
    found
        .into_iter()
        .filter_map(|(at, rows, columns, cells)| {
            if columns <= MAX_COLUMNS && cells <= MAX_CELLS {
                return None;
            }
            let &(page, offset) = booklet.origins.get(at)?;
            let source = &campaign.pages.get(page)?.source;
            let message = format!(
                "this table has {rows} rows of {columns} columns ({cells} cells): the guidelines booklet prints tables of at most {MAX_COLUMNS} columns and {MAX_CELLS} cells"
            );
            Some(
                Diagnostic::error("print.table-too-large", message)
                    .at_source(source, position_of(&source.text, offset), 1)
                    .with_hint("split it into smaller tables, or move the page out of guidelines/ (only guidelines pages go into the booklet)"),
            )
        })
        .collect()
}

/// Every table among `blocks` (nested ones too): its block number, rows,
/// columns and cells.
fn tables(blocks: &[Placed], out: &mut Vec<(usize, usize, usize, usize)>) {
    for placed in blocks {
        match &placed.block {
            Block::Table { rows } => {
                let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
                let cells = rows.iter().map(Vec::len).sum();
                out.push((placed.at, rows.len(), columns, cells));
            }
            Block::List { items, .. } => items.iter().for_each(|item| tables(item, out)),
            Block::Quote { blocks } => tables(blocks, out),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(columns: usize, rows: usize) -> String {
        let row = |c: &str| format!("|{}\n", format!(" {c} |").repeat(columns));
        let mut md = row("h");
        md.push_str(&format!("|{}\n", " --- |".repeat(columns)));
        for _ in 0..rows {
            md.push_str(&row("x"));
        }
        md
    }

    fn sizes(md: &str) -> Vec<(usize, usize, usize, usize)> {
        let (blocks, _) = super::super::booklet::blocks(md, &|u: &str| u.to_string(), 0);
        let mut out = Vec::new();
        tables(&blocks, &mut out);
        out
    }

    #[test]
    fn tables_are_measured_in_rows_columns_and_cells() {
        let md = format!(
            "Intro\n\n{}\n> {}",
            table(3, 4),
            table(2, 1).replace('\n', "\n> ")
        );
        let found = sizes(&md);
        assert_eq!(found.len(), 2, "{found:?}");
        let (_, rows, columns, cells) = found[0];
        assert_eq!((rows, columns, cells), (5, 3, 15));
        let (_, rows, columns, cells) = found[1];
        assert_eq!((rows, columns, cells), (2, 2, 4), "inside a quotation");
    }
}
