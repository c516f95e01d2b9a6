import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CooperativeModule from "../modules/cooperative"

/** Every product is made by one cooperative; a cooperative makes many products. */
export default defineLink({ linkable: ProductModule.linkable.product, isList: true }, CooperativeModule.linkable.cooperative)
