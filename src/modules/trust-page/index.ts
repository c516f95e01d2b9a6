import { Module } from "@medusajs/framework/utils"
import TrustPageModuleService from "./service"

export const TRUST_PAGE_MODULE = "trust_page"

export default Module(TRUST_PAGE_MODULE, { service: TrustPageModuleService })
