//! Writing a build: the output folder checked before anything is loaded
//! ([`destination`]), the staging folder swapped into place ([`staging`]),
//! the folder trees it removes by many threads at once (`remove`), the HTTP
//! header files for static hosts ([`headers`]), and Ctrl-C ([`interrupt`]).

pub(crate) mod destination;
pub(crate) mod headers;
pub(crate) mod interrupt;
mod remove;
pub(crate) mod reuse;
pub(crate) mod staging;
