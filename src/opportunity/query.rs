//! Filtering and sorting the Opportunities table.
