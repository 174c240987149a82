/** The administrator's pages: exam sessions and their rules, places (regions, sites, rooms). ADMIN only. */
package com.baokao.web.admin;
