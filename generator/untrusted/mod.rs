//! A campaign folder is untrusted input: the one rule for paths ([`confine`]),
//! URLs that would run a script ([`urls`]), and reading files into located
//! diagnostics ([`files`]).

pub mod confine;
pub mod files;
pub mod urls;
