/** The demo data set of the run command: loaded only on request and only into an empty database. */
package com.baokao.demo;
