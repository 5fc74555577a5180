/**
 * The usage ledger: one {@link dev.switchboard.domain.usage.UsageRecord} per request the gateway answered (or failed
 * to), its port {@link dev.switchboard.domain.usage.UsageLedger}, and the totals an operator asks of it.
 */
@NullMarked
package dev.switchboard.domain.usage;

import org.jspecify.annotations.NullMarked;
