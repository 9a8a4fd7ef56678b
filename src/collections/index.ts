import { Divisions } from './Divisions'
import { Posts } from './Posts'
import { Units } from './Units'
import { Users } from './Users'

export const collections = [Users, Units, Posts, Divisions]
