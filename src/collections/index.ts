import { Attachments } from './Attachments'
import { Correspondents } from './Correspondents'
import { Divisions } from './Divisions'
import { Letters } from './Letters'
import { RegistryBooks } from './RegistryBooks'
import { RegistryCounters } from './RegistryCounters'
import { Posts } from './Posts'
import { Units } from './Units'
import { Users } from './Users'

export const collections = [Letters, Attachments, Correspondents, RegistryBooks, RegistryCounters, Users, Units, Posts, Divisions]
