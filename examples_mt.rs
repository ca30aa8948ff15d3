fn main() {
    let mut cfg = minify_html::Cfg::new();
    cfg.keep_html_and_head_opening_tags = true;
    cfg.preserve_brace_template_syntax = true;
    for f in ["templates/base.html","templates/partials/exit.html","templates/partials/languages.html","templates/partials/helplines.html","templates/partials/footer.html","templates/page.html","templates/chooser.html"] {
        let src = std::fs::read(f).unwrap();
        let out = minify_html::minify(&src, &cfg);
        println!("== {f} {} -> {}\n{}", src.len(), out.len(), String::from_utf8_lossy(&out));
    }
}
