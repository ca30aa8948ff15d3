//! Writing a build: the output folder checked before anything is loaded
//! ([`destination`]), the staging folder swapped into place ([`staging`]), the
//! HTTP header files for static hosts ([`headers`]), and Ctrl-C ([`interrupt`]).

pub mod destination;
pub mod headers;
pub mod interrupt;
pub mod reuse;
pub mod staging;
