// Random order lifecycles, second half (the suite is in helpers/ledger-lifecycles.ts).
import { ledgerLifecycleSuite } from "./helpers/ledger-lifecycles"

ledgerLifecycleSuite(2, 2)
