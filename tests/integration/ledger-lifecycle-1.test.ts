// Random order lifecycles, first half (the suite is in helpers/ledger-lifecycles.ts).
import { ledgerLifecycleSuite } from "./helpers/ledger-lifecycles"

ledgerLifecycleSuite(1, 2)
