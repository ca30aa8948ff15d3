use super::*;

#[test]
fn markdown_becomes_blocks_with_text_kept_as_text() {
    let md = "Intro with **bold** and #panic() $x$ ]\n\n## Part\n\n- one\n- two [link](@/a.md)\n\n1. first\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
    let (b, offsets) = blocks(md, &|u| format!("resolved:{u}"), 7);
    let json = serde_json::to_string(&b).unwrap();
    assert!(json.contains("#panic() $x$ ]"), "{json}");
    assert!(json.contains("\"kind\":\"heading\""));
    assert!(json.contains("resolved:@/a.md"));
    assert!(json.contains("\"start\":1"));
    assert!(json.contains("\"kind\":\"table\""));
    assert_eq!(b.len(), 5, "{json}");
    // Every block is numbered from 7 and placed where it starts.
    assert_eq!(b[0].at, 7);
    assert_eq!(&md[offsets[b[2].at - 7]..][..5], "- one");
    let table = b.last().unwrap();
    assert_eq!(&md[offsets[table.at - 7]..][..5], "| a |");
    assert!(json.contains("\"at\":7"), "{json}");
}

#[test]
fn a_footnote_becomes_a_note_where_it_is_referenced() {
    let md = "Around 700[^src] people.\n\n[^src]: A *press* release.\n\n    Second part.\n";
    let (b, _) = blocks(md, &|u| u.to_string(), 0);
    let json = serde_json::to_string(&b).unwrap();
    // One paragraph, the note inside it; the definition prints nowhere else.
    assert_eq!(b.len(), 1, "{json}");
    assert!(
        !json.contains("[src]") && !json.contains("[^src]"),
        "{json}"
    );
    let Block::Para { inlines } = &b[0].block else {
        panic!("{json}")
    };
    let Some(Inline::Note { inlines: note }) = inlines.get(1) else {
        panic!("{json}")
    };
    let note = serde_json::to_string(note).unwrap();
    assert!(note.contains("\"text\":\"A \"") && note.contains("\"kind\":\"emph\""));
    assert!(note.contains("Second part."), "{note}");
}
