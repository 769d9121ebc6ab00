//! Sentence segmentation (placeholder).
