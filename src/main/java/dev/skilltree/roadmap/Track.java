package dev.skilltree.roadmap;

/** A direction through the roadmap (backend, data, …) that nodes can belong to. */
public record Track(String id, Text title, Text description) {}
