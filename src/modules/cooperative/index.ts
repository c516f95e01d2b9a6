import { Module } from "@medusajs/framework/utils"
import CooperativeModuleService from "./service"

export const COOPERATIVE_MODULE = "cooperative"

export default Module(COOPERATIVE_MODULE, { service: CooperativeModuleService })
