package io.sway.loader.imports;

import io.sway.loader.dataset.InteractionType;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.collections.impl.map.mutable.primitive.LongLongHashMap;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;

/**
 * One run of {@link LdbcImporter}: reads the part files of an LDBC SNB CSV folder in the order
 * the references need (tags, persons, knows, creators, replies, taggings, posts, comments, likes)
 * and writes the Sway rows as it goes. Holds per-node data only: the person ids, each message's
 * creator, each comment's parent and each message's tags.
 */
final class LdbcConversion {
  static final String NETWORK = "ldbc";
  static final String ACCOUNT_ID_PREFIX = "ldbc";
  static final String POST_ID_PREFIX = "ldbcpost";
  static final String COMMENT_ID_PREFIX = "ldbccomment";

  // Entities (file name prefixes) of the CsvBasic and CsvComposite layouts.
  static final String PERSON = "person";
  static final String KNOWS = "person_knows_person";
  static final String POST = "post";
  static final String COMMENT = "comment";
  static final String TAG = "tag";
  static final String POST_CREATOR = "post_hasCreator_person";
  static final String COMMENT_CREATOR = "comment_hasCreator_person";
  static final String REPLY_OF_POST = "comment_replyOf_post";
  static final String REPLY_OF_COMMENT = "comment_replyOf_comment";
  static final String POST_TAG = "post_hasTag_tag";
  static final String COMMENT_TAG = "comment_hasTag_tag";
  static final String LIKES_POST = "person_likes_post";
  static final String LIKES_COMMENT = "person_likes_comment";
  static final List<String> READ = List.of(PERSON, KNOWS, POST, COMMENT, TAG, POST_CREATOR,
      COMMENT_CREATOR, REPLY_OF_POST, REPLY_OF_COMMENT, POST_TAG, COMMENT_TAG, LIKES_POST,
      LIKES_COMMENT);

  // Column names.
  private static final String ID = "id";
  private static final String NAME = "name";
  private static final String FIRST_NAME = "firstName";
  private static final String LAST_NAME = "lastName";
  private static final String CREATION_DATE = "creationDate";
  private static final String PERSON_ID = "Person.id";
  private static final String POST_ID = "Post.id";
  private static final String COMMENT_ID = "Comment.id";
  private static final String TAG_ID = "Tag.id";
  /** The creator column of the merged-foreign-key layouts, which this importer does not read. */
  private static final String MERGED_CREATOR = "creator";

  /** A comment's parent: a post id {@code p} is stored as {@code p}, a comment id {@code c} as {@code -1 - c}. */
  private static final long NO_PARENT = Long.MIN_VALUE;

  private final SourceFolder folder;
  private final LdbcFiles files;
  private final LongHashSet persons = new LongHashSet();
  private final MessageTable posts = new MessageTable();
  private final MessageTable comments = new MessageTable();
  private final LongLongHashMap parents = new LongLongHashMap();
  private final TagNames tags = new TagNames();
  private final TagLists postTags = new TagLists(tags);
  private final TagLists commentTags = new TagLists(tags);
  private final Map<String, Long> skipped = new LinkedHashMap<>();
  private SwayDatasetWriter out;

  /** Reads one part file, already opened with its header. */
  @FunctionalInterface
  private interface TableReader {
    void read(LdbcTable table) throws IOException, ImportFormatException;
  }

  LdbcConversion(SourceFolder folder, LdbcFiles files) {
    this.folder = folder;
    this.files = files;
  }

  ImportSummary run(Path outDir) throws IOException, ImportFormatException {
    requireLayout();
    try (SwayDatasetWriter writer = SwayDatasetWriter.create(outDir, EnumSet.allOf(OutputFile.class))) {
      out = writer;
      readAll(TAG, this::readTags);
      readAll(PERSON, this::readPersons);
      readAll(KNOWS, this::readKnows);
      readAll(POST_CREATOR, table -> readCreators(table, POST_ID, posts, "post"));
      readAll(COMMENT_CREATOR, table -> readCreators(table, COMMENT_ID, comments, "comment"));
      readAll(REPLY_OF_POST, table -> readParents(table, POST_ID, posts, "post"));
      readAll(REPLY_OF_COMMENT, table -> readParents(table, COMMENT_ID, comments, "comment"));
      readAll(POST_TAG, table -> readTaggings(table, POST_ID, postTags));
      readAll(COMMENT_TAG, table -> readTaggings(table, COMMENT_ID, commentTags));
      readAll(POST, this::readPosts);
      readAll(COMMENT, this::readComments);
      readAll(LIKES_POST, table -> readLikes(table, POST_ID, posts, "post"));
      readAll(LIKES_COMMENT, table -> readLikes(table, COMMENT_ID, comments, "comment"));
      requireEveryRowWritten(posts, POST_CREATOR, POST);
      requireEveryRowWritten(comments, COMMENT_CREATOR, COMMENT);
      writer.commit();
      return new ImportSummary(writer.rowCounts(), skipped, notes());
    }
  }

  /** Fails early, on the whole folder, when files the others depend on are missing. */
  private void requireLayout() throws IOException, ImportFormatException {
    if (!files.has(PERSON)) {
      throw new ImportFormatException(folder.name(), 0, "no " + PERSON + "_*_*.csv in the folder or its "
          + LdbcFiles.DYNAMIC + "/ and " + LdbcFiles.STATIC
          + "/ subfolders: not an LDBC SNB CSV (CsvBasic or CsvComposite) folder");
    }
    requireCreators(POST, POST_CREATOR);
    requireCreators(COMMENT, COMMENT_CREATOR);
    if (files.has(COMMENT) && !files.has(REPLY_OF_POST) && !files.has(REPLY_OF_COMMENT)) {
      throw new ImportFormatException(folder.name(), 0, "no " + REPLY_OF_POST + "_*_*.csv or "
          + REPLY_OF_COMMENT + "_*_*.csv: every comment replies to a post or a comment");
    }
    if ((files.has(POST_TAG) || files.has(COMMENT_TAG)) && !files.has(TAG)) {
      throw new ImportFormatException(folder.name(), 0, "no " + TAG + "_*_*.csv (in "
          + LdbcFiles.STATIC + "/): the tag names are needed for the topics of posts");
    }
  }

  private void requireCreators(String messages, String creators)
      throws IOException, ImportFormatException {
    if (!files.has(messages) || files.has(creators)) {
      return;
    }
    Path first = files.of(messages).getFirst();
    try (LdbcTable table = LdbcTable.open(first)) {
      if (table.hasColumn(MERGED_CREATOR)) {
        throw new ImportFormatException(table.fileName(), 1, "column "
            + ImportFormatException.quote(MERGED_CREATOR) + ": the merged-foreign-key layouts "
            + "(CsvMergeForeign, CsvCompositeMergeForeign) are not supported; generate the data "
            + "with the CsvBasic or CsvComposite serializer");
      }
    }
    throw new ImportFormatException(folder.name(), 0,
        "no " + creators + "_*_*.csv: the creators of " + messages + "s are needed");
  }

  private void readAll(String entity, TableReader reader) throws IOException, ImportFormatException {
    for (Path file : files.of(entity)) {
      try (LdbcTable table = LdbcTable.open(file)) {
        reader.read(table);
      }
    }
  }

  private void readTags(LdbcTable table) throws IOException, ImportFormatException {
    int id = table.column(ID);
    int name = table.column(NAME);
    while (table.next()) {
      long tag = table.id(id);
      if (!tags.add(tag, table.text(name))) {
        throw table.error("duplicate tag " + tag);
      }
    }
  }

  private void readPersons(LdbcTable table) throws IOException, ImportFormatException {
    int id = table.column(ID);
    int firstName = table.column(FIRST_NAME);
    int lastName = table.column(LAST_NAME);
    int creationDate = table.column(CREATION_DATE);
    while (table.next()) {
      long person = table.id(id);
      Instant created = table.timestamp(creationDate);
      if (!persons.add(person)) {
        throw table.error("duplicate person " + person);
      }
      String first = table.text(firstName).strip();
      String last = table.text(lastName).strip();
      String displayName = (first + " " + last).strip();
      out.account(accountId(person), NETWORK, handle(first, last, person), created,
          displayName.isEmpty() ? null : displayName);
    }
  }

  private void readKnows(LdbcTable table) throws IOException, ImportFormatException {
    int one = table.column(PERSON_ID, 0);
    int other = table.column(PERSON_ID, 1);
    boolean dated = table.hasColumn(CREATION_DATE);
    int creationDate = dated ? table.column(CREATION_DATE) : 0;
    while (table.next()) {
      long a = knownPerson(table, one);
      long b = knownPerson(table, other);
      Instant since = dated ? table.timestamp(creationDate) : null;
      if (a == b) {
        skip(ImportSummary.SELF_FOLLOWS, 1);
        continue;
      }
      out.follow(accountId(a), accountId(b), since);
      out.follow(accountId(b), accountId(a), since);
    }
  }

  private void readCreators(LdbcTable table, String messageColumn, MessageTable messages, String kind)
      throws IOException, ImportFormatException {
    int messageId = table.column(messageColumn);
    int personId = table.column(PERSON_ID);
    while (table.next()) {
      long message = table.id(messageId);
      long person = knownPerson(table, personId);
      if (!messages.addCreator(message, person)) {
        throw table.error(kind + " " + message + " already has creator " + messages.creator(message));
      }
    }
  }

  private void readParents(
      LdbcTable table, String parentColumn, MessageTable parentMessages, String parentKind)
      throws IOException, ImportFormatException {
    int commentId = table.column(COMMENT_ID, 0);
    int parentId = table.column(parentColumn, parentColumn.equals(COMMENT_ID) ? 1 : 0);
    boolean parentIsComment = parentMessages == comments;
    while (table.next()) {
      long comment = table.id(commentId);
      long parent = table.id(parentId);
      if (!parentMessages.contains(parent)) {
        throw table.error("comment " + comment + " replies to unknown " + parentKind + " " + parent
            + " (no creator in the " + parentKind + "_hasCreator_person files)");
      }
      if (parents.containsKey(comment)) {
        throw table.error("comment " + comment + " already replies to " + describeParent(comment));
      }
      parents.put(comment, parentIsComment ? -1 - parent : parent);
    }
  }

  private void readTaggings(LdbcTable table, String messageColumn, TagLists tagLists)
      throws IOException, ImportFormatException {
    int messageId = table.column(messageColumn);
    int tagId = table.column(TAG_ID);
    while (table.next()) {
      long message = table.id(messageId);
      long tag = table.id(tagId);
      int index = tags.indexOf(tag);
      if (index == TagNames.UNKNOWN) {
        throw table.error("unknown tag " + tag + " (not in the " + TAG + " files)");
      }
      tagLists.add(message, index);
    }
  }

  private void readPosts(LdbcTable table) throws IOException, ImportFormatException {
    int id = table.column(ID);
    int creationDate = table.column(CREATION_DATE);
    while (table.next()) {
      long post = table.id(id);
      Instant created = table.timestamp(creationDate);
      long creator = writtenCreator(table, posts, post, "post", POST_CREATOR);
      out.post(postId(post), accountId(creator), created, postTags.topics(post), null);
    }
  }

  private void readComments(LdbcTable table) throws IOException, ImportFormatException {
    int id = table.column(ID);
    int creationDate = table.column(CREATION_DATE);
    while (table.next()) {
      long comment = table.id(id);
      Instant created = table.timestamp(creationDate);
      long creator = writtenCreator(table, comments, comment, "comment", COMMENT_CREATOR);
      long parent = parents.getIfAbsent(comment, NO_PARENT);
      if (parent == NO_PARENT) {
        throw table.error("comment " + comment + " replies to nothing (not in the "
            + REPLY_OF_POST + " or " + REPLY_OF_COMMENT + " files)");
      }
      String parentId = parent >= 0 ? postId(parent) : commentId(-1 - parent);
      long parentCreator = parent >= 0 ? posts.creator(parent) : comments.creator(-1 - parent);
      out.post(commentId(comment), accountId(creator), created, commentTags.topics(comment), parentId);
      if (creator == parentCreator) {
        skip(ImportSummary.SELF_INTERACTIONS, 1);
      } else {
        out.interaction(accountId(creator), InteractionType.REPLY, parentId, null, created);
      }
    }
  }

  private void readLikes(LdbcTable table, String messageColumn, MessageTable messages, String kind)
      throws IOException, ImportFormatException {
    int personId = table.column(PERSON_ID);
    int messageId = table.column(messageColumn);
    int creationDate = table.column(CREATION_DATE);
    while (table.next()) {
      long person = knownPerson(table, personId);
      long message = table.id(messageId);
      Instant at = table.timestamp(creationDate);
      long creator = messages.creator(message);
      if (creator == MessageTable.ABSENT) {
        throw table.error("unknown " + kind + " " + message + " (no creator in the " + kind
            + "_hasCreator_person files)");
      }
      if (creator == person) {
        skip(ImportSummary.SELF_INTERACTIONS, 1);
        continue;
      }
      String messageSwayId = messages == posts ? postId(message) : commentId(message);
      out.interaction(accountId(person), InteractionType.LIKE, messageSwayId, null, at);
    }
  }

  /** The creator of a message whose row is being read, after marking the row written. */
  private static long writtenCreator(
      LdbcTable table, MessageTable messages, long message, String kind, String creatorEntity)
      throws ImportFormatException {
    if (!messages.contains(message)) {
      throw table.error(kind + " " + message + " has no creator (not in the " + creatorEntity + " files)");
    }
    if (!messages.markWritten(message)) {
      throw table.error("duplicate " + kind + " " + message);
    }
    return messages.creator(message);
  }

  private long knownPerson(LdbcTable table, int column) throws ImportFormatException {
    long person = table.id(column);
    if (!persons.contains(person)) {
      throw table.error("unknown person " + person + " (not in the " + PERSON + " files)");
    }
    return person;
  }

  private String describeParent(long comment) {
    long parent = parents.get(comment);
    return parent >= 0 ? "post " + parent : "comment " + (-1 - parent);
  }

  private static void requireEveryRowWritten(MessageTable messages, String creatorEntity, String entity)
      throws ImportFormatException {
    long missing = messages.firstUnwritten();
    if (missing != MessageTable.ABSENT) {
      throw new ImportFormatException(creatorEntity, 0, entity + " " + missing
          + " has a creator but no row in the " + entity + " files");
    }
  }

  private void skip(String reason, long rows) {
    skipped.merge(reason, rows, Long::sum);
  }

  private List<String> notes() {
    List<String> notes = new ArrayList<>();
    notes.add("each person is one account on network '" + NETWORK
        + "'; no persons.csv is written, as a person owns exactly one account");
    notes.add("knows is undirected: each knows row became two follows, one each way");
    notes.add("each comment is a post replying to the post or comment it answers, and a reply "
        + "interaction of its author with that message");
    if (files.has(POST_TAG) || files.has(COMMENT_TAG)) {
      notes.add("topics are the names of the tags of each post and comment, lower-cased");
    } else {
      notes.add("no " + POST_TAG + " or " + COMMENT_TAG + " files: posts have no topics");
    }
    notes.add("content, language, place, browser and IP address of persons and messages are not "
        + "imported");
    List<String> ignored = new ArrayList<>();
    files.entities().forEach((entity, count) -> {
      if (!READ.contains(entity)) {
        ignored.add(entity + " (" + count + (count == 1 ? " file)" : " files)"));
      }
    });
    if (!ignored.isEmpty()) {
      notes.add("ignored, as Sway has no use for them: " + String.join(", ", ignored));
    }
    return notes;
  }

  static String accountId(long person) {
    return ACCOUNT_ID_PREFIX + person;
  }

  static String postId(long post) {
    return POST_ID_PREFIX + post;
  }

  static String commentId(long comment) {
    return COMMENT_ID_PREFIX + comment;
  }

  /**
   * The handle of a person: {@code firstname.lastname<id>}, lower-cased, each character other
   * than a letter or digit turned into {@code _}; the id keeps handles unique.
   */
  static String handle(String firstName, String lastName, long person) {
    return handlePart(firstName) + "." + handlePart(lastName) + person;
  }

  private static String handlePart(String name) {
    StringBuilder part = new StringBuilder(name.length());
    name.toLowerCase(Locale.ROOT).codePoints().forEach(c ->
        part.appendCodePoint(Character.isLetterOrDigit(c) ? c : '_'));
    return part.toString();
  }
}
