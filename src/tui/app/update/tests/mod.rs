//! Tests of `update`, by the same concerns as its files.

mod change;
mod command;
mod navigate;
