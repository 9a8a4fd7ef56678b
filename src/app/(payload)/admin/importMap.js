import { OfferedSelect as OfferedSelect_1c2e33b6a4be58ffab72f672c2852ca6 } from '../../../../src/components/Persian/OfferedSelect'
import { DigitsCell as DigitsCell_ce311cb094a323a14bc9d7bdebfc9c6b } from '../../../../src/components/Persian/DigitsCell'
import { JalaliDateCell as JalaliDateCell_07ec6db4841defc67159f1a3eae6411b } from '../../../../src/components/JalaliDate/JalaliDateCell'
import { JalaliDateField as JalaliDateField_342bb97cff33b50c1a76592581dfff75 } from '../../../../src/components/JalaliDate/JalaliDateField'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AttachFile as AttachFile_c134c052a03cc22e5cbb46041dc6454a } from '../../../../src/components/DocumentActions/AttachFile'
import { ReferralTreeField as ReferralTreeField_aacb0e529dea3cd66af68adc2dbd7f02 } from '../../../../src/components/ReferralTree/ReferralTreeField'
import { CorrectionsField as CorrectionsField_1fe9fb9cdb4f38e8207a3d91653553b2 } from '../../../../src/components/DocumentActions/CorrectionsField'
import { PersianDigitsField as PersianDigitsField_df6224d33bf08712c1026f40145d1a88 } from '../../../../src/components/Persian/PersianDigitsField'
import { ListRefusal as ListRefusal_81effc91678ff8a5ecf5a86444de26b0 } from '../../../../src/components/Persian/ListRefusal'
import { JalaliTimestamps as JalaliTimestamps_6af491fc0b1a2b2bc481cffcf5904862 } from '../../../../src/components/DocumentHeader/JalaliTimestamps'
import { ReadOnlyMarker as ReadOnlyMarker_33de7b48aad7e9fa6630541f7788d2de } from '../../../../src/components/ReadOnlyView/SaveWhenEditable'
import { DocumentActions as DocumentActions_277b08c436d1d1bbabd7fa43e53d53b6 } from '../../../../src/components/DocumentActions/DocumentActions'
import { SaveWhenEditable as SaveWhenEditable_33de7b48aad7e9fa6630541f7788d2de } from '../../../../src/components/ReadOnlyView/SaveWhenEditable'
import { VersionsView as VersionsView_4365211f0c94f4f669d3e77c3212afd2 } from '../../../../src/components/Versions/VersionsView'
import { VersionsTab as VersionsTab_be15d8b8850270f5d760aaa495a26b37 } from '../../../../src/components/Versions/VersionsTab'
import { VersionView as VersionView_0a26808a97dbc32c4b286586f10c258b } from '../../../../src/components/Versions/VersionView'
import { NumberTemplateCell as NumberTemplateCell_649b566155c187c2fb843ca4aab79657 } from '../../../../src/components/RegistryBooks/NumberTemplate'
import { NumberTemplateField as NumberTemplateField_649b566155c187c2fb843ca4aab79657 } from '../../../../src/components/RegistryBooks/NumberTemplate'
import { AdminOnlyCell as AdminOnlyCell_7529ca5db2a6fea27e78df6706e4c060 } from '../../../../src/components/Persian/AdminOnlyCell'
import { AdminOnlyTextField as AdminOnlyTextField_7529ca5db2a6fea27e78df6706e4c060 } from '../../../../src/components/Persian/AdminOnlyCell'
import { HolidaySourceCell as HolidaySourceCell_548ce9394b2eeeafa7bb9e5c81a78984 } from '../../../../src/components/Holidays/HolidaySource'
import { HolidaySourceField as HolidaySourceField_548ce9394b2eeeafa7bb9e5c81a78984 } from '../../../../src/components/Holidays/HolidaySource'
import { Icon as Icon_c60fc11195254a70100a7c82614684e0 } from '../../../../src/components/Icon'
import { Logo as Logo_d05dcd2df632bb7cb811a750e82b802a } from '../../../../src/components/Logo'
import { DeskReportsDashboard as DeskReportsDashboard_06f5f1a77315e40e71a8cfa0ee7d6e40 } from '../../../../src/components/RegistryBookView/DeskReportLinks'
import { DeskReportNavLinks as DeskReportNavLinks_06f5f1a77315e40e71a8cfa0ee7d6e40 } from '../../../../src/components/RegistryBookView/DeskReportLinks'
import { Kartabl as Kartabl_5d40e2a63d51777cb6d453ac56af7e4b } from '../../../../src/components/Kartabl'
import { LookupNavLink as LookupNavLink_c47451397f5337c38f4f1062c6a84c9c } from '../../../../src/components/Lookup/LookupNavLink'
import { PersianText as PersianText_cf96d6df00300debf7f0c6d60b61d368 } from '../../../../src/components/Persian/PersianText'
import { KeyboardShortcuts as KeyboardShortcuts_b5e86a00ec3c34450983b2690d6d7b06 } from '../../../../src/components/DocumentActions/KeyboardShortcuts'
import { AccountView as AccountView_3c1cb655423d9dc27c446c96eee3d625 } from '../../../../src/components/Account/AccountView'
import { LookupView as LookupView_8adb4182ef7f922daeeb36cfba552720 } from '../../../../src/components/Lookup/LookupView'
import { RegistryBookView as RegistryBookView_f5bf75538e4ab6be2a334287c9c4021e } from '../../../../src/components/RegistryBookView/RegistryBookView'
import { DigestView as DigestView_695f77b1d95cdb6d2c96238bfce541dd } from '../../../../src/components/DigestView/DigestView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/components/Persian/OfferedSelect#OfferedSelect": OfferedSelect_1c2e33b6a4be58ffab72f672c2852ca6,
  "/src/components/Persian/DigitsCell#DigitsCell": DigitsCell_ce311cb094a323a14bc9d7bdebfc9c6b,
  "/src/components/JalaliDate/JalaliDateCell#JalaliDateCell": JalaliDateCell_07ec6db4841defc67159f1a3eae6411b,
  "/src/components/JalaliDate/JalaliDateField#JalaliDateField": JalaliDateField_342bb97cff33b50c1a76592581dfff75,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/components/DocumentActions/AttachFile#AttachFile": AttachFile_c134c052a03cc22e5cbb46041dc6454a,
  "/src/components/ReferralTree/ReferralTreeField#ReferralTreeField": ReferralTreeField_aacb0e529dea3cd66af68adc2dbd7f02,
  "/src/components/DocumentActions/CorrectionsField#CorrectionsField": CorrectionsField_1fe9fb9cdb4f38e8207a3d91653553b2,
  "/src/components/Persian/PersianDigitsField#PersianDigitsField": PersianDigitsField_df6224d33bf08712c1026f40145d1a88,
  "/src/components/Persian/ListRefusal#ListRefusal": ListRefusal_81effc91678ff8a5ecf5a86444de26b0,
  "/src/components/DocumentHeader/JalaliTimestamps#JalaliTimestamps": JalaliTimestamps_6af491fc0b1a2b2bc481cffcf5904862,
  "/src/components/ReadOnlyView/SaveWhenEditable#ReadOnlyMarker": ReadOnlyMarker_33de7b48aad7e9fa6630541f7788d2de,
  "/src/components/DocumentActions/DocumentActions#DocumentActions": DocumentActions_277b08c436d1d1bbabd7fa43e53d53b6,
  "/src/components/ReadOnlyView/SaveWhenEditable#SaveWhenEditable": SaveWhenEditable_33de7b48aad7e9fa6630541f7788d2de,
  "/src/components/Versions/VersionsView#VersionsView": VersionsView_4365211f0c94f4f669d3e77c3212afd2,
  "/src/components/Versions/VersionsTab#VersionsTab": VersionsTab_be15d8b8850270f5d760aaa495a26b37,
  "/src/components/Versions/VersionView#VersionView": VersionView_0a26808a97dbc32c4b286586f10c258b,
  "/src/components/RegistryBooks/NumberTemplate#NumberTemplateCell": NumberTemplateCell_649b566155c187c2fb843ca4aab79657,
  "/src/components/RegistryBooks/NumberTemplate#NumberTemplateField": NumberTemplateField_649b566155c187c2fb843ca4aab79657,
  "/src/components/Persian/AdminOnlyCell#AdminOnlyCell": AdminOnlyCell_7529ca5db2a6fea27e78df6706e4c060,
  "/src/components/Persian/AdminOnlyCell#AdminOnlyTextField": AdminOnlyTextField_7529ca5db2a6fea27e78df6706e4c060,
  "/src/components/Holidays/HolidaySource#HolidaySourceCell": HolidaySourceCell_548ce9394b2eeeafa7bb9e5c81a78984,
  "/src/components/Holidays/HolidaySource#HolidaySourceField": HolidaySourceField_548ce9394b2eeeafa7bb9e5c81a78984,
  "/src/components/Icon#Icon": Icon_c60fc11195254a70100a7c82614684e0,
  "/src/components/Logo#Logo": Logo_d05dcd2df632bb7cb811a750e82b802a,
  "/src/components/RegistryBookView/DeskReportLinks#DeskReportsDashboard": DeskReportsDashboard_06f5f1a77315e40e71a8cfa0ee7d6e40,
  "/src/components/RegistryBookView/DeskReportLinks#DeskReportNavLinks": DeskReportNavLinks_06f5f1a77315e40e71a8cfa0ee7d6e40,
  "/src/components/Kartabl#Kartabl": Kartabl_5d40e2a63d51777cb6d453ac56af7e4b,
  "/src/components/Lookup/LookupNavLink#LookupNavLink": LookupNavLink_c47451397f5337c38f4f1062c6a84c9c,
  "/src/components/Persian/PersianText#PersianText": PersianText_cf96d6df00300debf7f0c6d60b61d368,
  "/src/components/DocumentActions/KeyboardShortcuts#KeyboardShortcuts": KeyboardShortcuts_b5e86a00ec3c34450983b2690d6d7b06,
  "/src/components/Account/AccountView#AccountView": AccountView_3c1cb655423d9dc27c446c96eee3d625,
  "/src/components/Lookup/LookupView#LookupView": LookupView_8adb4182ef7f922daeeb36cfba552720,
  "/src/components/RegistryBookView/RegistryBookView#RegistryBookView": RegistryBookView_f5bf75538e4ab6be2a334287c9c4021e,
  "/src/components/DigestView/DigestView#DigestView": DigestView_695f77b1d95cdb6d2c96238bfce541dd,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
