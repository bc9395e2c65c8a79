package dev.skilltree.review;

/** A topic whose recall is fading, as the dashboard lists it: its page, its title and its recall now. */
public record FadingTopic(String url, String titleHtml, String recall) {}
