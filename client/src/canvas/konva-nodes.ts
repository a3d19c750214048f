// The canvas draws with these Konva nodes only. react-konva's core plus just these (instead of
// `react-konva`, which pulls in every Konva shape and filter) keeps the canvas's code smaller on
// a first visit over a slow connection. A node used without its import here is drawn as a Group
// (react-konva logs an error naming the import to add).
import 'konva/lib/shapes/Circle'
import 'konva/lib/shapes/Label'
import 'konva/lib/shapes/Line'
import 'konva/lib/shapes/Path'
import 'konva/lib/shapes/Rect'
import 'konva/lib/shapes/Text'

export {
  Circle,
  Group,
  Label,
  Layer,
  Line,
  Path,
  Rect,
  Stage,
  Tag,
  Text,
} from 'react-konva/lib/ReactKonvaCore'
