export { Kartabl } from './Kartabl'
