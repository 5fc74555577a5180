package dev.switchboard.application;

import dev.switchboard.domain.fixtures.UsageLedgerContract;
import dev.switchboard.domain.usage.UsageLedger;

class InMemoryUsageLedgerTest extends UsageLedgerContract {

    @Override
    protected UsageLedger ledger() {
        return new InMemoryUsageLedger();
    }
}
