/** Staff accounts and their scopes (review points, sites, regions), managed by administrators. */
package com.baokao.staff;
