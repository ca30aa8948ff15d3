//! Replication: the kit (the campaign folder as a zip, ready to fork) and
//! `faro fork` (a new campaign from an existing one, every regional fact a to-do).

pub(crate) mod fork;
pub(crate) mod kit;
mod kit_cache;
mod kit_zip;
