//! Build script: tells Cargo that the crate embeds the `locales`, `templates`
//! and `themes` folders (`include_dir!` in generator/campaign/project.rs).
//! `include_dir!` embeds each file it finds with `include_bytes!`, so Cargo
//! sees a change to a file it embedded; but it cannot see a folder (not on
//! stable Rust), so a file added to one (a new template partial, a new
//! locale's ui.ftl) or removed from it left the crate fresh and the binary
//! without it, or with the old one. Cargo reruns this script, and so
//! rebuilds the crate, when anything under these folders changes (it
//! compares modification times, recursively).

fn main() {
    for embedded in ["locales", "templates", "themes"] {
        println!("cargo:rerun-if-changed={embedded}");
    }
    // Without a line of its own, this script would be rerun for any change of
    // the package; with the lines above, only for these folders and itself.
    println!("cargo:rerun-if-changed=build.rs");
}
