/** The append-only audit trail, written in the same transaction as the change it records. */
package com.baokao.audit;
