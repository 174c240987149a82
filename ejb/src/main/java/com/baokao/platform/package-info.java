/**
 * What every capability stands on: the datasource and its Flyway migrations, business time
 * (Asia/Shanghai), amounts of money ({@link com.baokao.platform.Money}, whole fen), and database facts shared
 * by services.
 */
package com.baokao.platform;
