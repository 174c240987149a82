/**
 * What every capability stands on: the datasource and its Flyway migrations, business time
 * (Asia/Shanghai), and database facts shared by services.
 */
package com.baokao.platform;
