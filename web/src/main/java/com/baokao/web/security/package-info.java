/** Web side of security: the authentication mechanism, role names, and programmatic sign-in for pages. */
package com.baokao.web.security;
