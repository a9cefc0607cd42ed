/**
 * The Javalin web app: HTML pages (jte), the REST API under {@code /api/v1}, and pictures. Uses the domain packages
 * and {@code store}; never {@code cli}.
 */
package io.mlopsradar.web;
