package com.baokao.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JSON REST API for the phone client and for operations (health). */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
