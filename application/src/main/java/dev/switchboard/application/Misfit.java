package dev.switchboard.application;

/**
 * Why a model cannot take a request, found before it was sent.
 *
 * @param reason fit for the client: names the model and what it lacks
 * @param contextLength true when the request is too long for the model's context window
 */
record Misfit(String reason, boolean contextLength) {}
