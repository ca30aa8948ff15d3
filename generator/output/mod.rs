//! Writing a build: the output folder checked before anything is loaded
//! ([`destination`]), the staging folder swapped into place ([`staging`]), the
//! HTTP header files for static hosts ([`headers`]), and Ctrl-C ([`interrupt`]).

pub(crate) mod destination;
pub(crate) mod headers;
pub(crate) mod interrupt;
pub(crate) mod reuse;
pub(crate) mod staging;
